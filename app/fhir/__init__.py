"""FHIR R4 export of a member's record (validated with the ``fhir.resources`` R4B models)."""

from app.fhir.bundle import export_bundle, resource_counts

__all__ = ["export_bundle", "resource_counts"]
