"""``audit-log``: the audit trail for a supervisor or privacy officer, filtered, newest first.

Options (all optional): ``since`` / ``until`` — the first and last local day (dates or ISO text),
``user``, ``action``, ``category``; the member filter is the request's ``member_id``. Times print in
this computer's time zone. At most ``PDF_LIMIT`` events are printed; the summary says how many matched.
Details print as stored: ids, codes and field names (the trail never holds PHI values).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from app.model.enums import AuditAction, DataCategory
from app.reports import messages
from app.reports.base import ReportKind, ReportRequest
from app.reports.layout import ReportDoc
from app.reports.messages import MONTHS, day, label, t
from app.services import audit_log
from app.services.audit_log import AuditFilter, AuditRow

PDF_LIMIT = 5000

messages.add({
    "audit.title": ("Audit log", "Registro de auditoría"),
    "audit.filters": ("Events shown", "Eventos incluidos"),
    "audit.all_events": ("Every event on this computer", "Todos los eventos en esta computadora"),
    "audit.period": ("Period", "Período"),
    "audit.from_to": ("{first} to {last}", "Del {first} al {last}"),
    "audit.from": ("From {first}", "Desde el {first}"),
    "audit.to": ("Through {last}", "Hasta el {last}"),
    "audit.user": ("User", "Usuario"),
    "audit.member": ("Member", "Afiliado"),
    "audit.action": ("Action", "Acción"),
    "audit.category": ("Data", "Datos"),
    "audit.count": ("Events", "Eventos"),
    "audit.count_limited": ("{total} (the newest {shown} are listed)",
                            "{total} (se listan los {shown} más recientes)"),
    "audit.time_zone": ("Times are local to this computer ({zone}).",
                        "Las horas son las de esta computadora ({zone})."),
    "audit.none": ("No events match.", "Ningún evento coincide."),
    "audit.time": ("Time", "Hora"),
    "audit.user_device": ("User · device", "Usuario · equipo"),
    "audit.action_data": ("Action · data", "Acción · datos"),
    "audit.record": ("Record", "Registro"),
    "audit.details": ("Details", "Detalles"),
})

_LABELS = {
    ("AuditAction", "view"): ("Viewed", "Consultó"), ("AuditAction", "create"): ("Added", "Agregó"),
    ("AuditAction", "update"): ("Changed", "Cambió"), ("AuditAction", "delete"): ("Removed", "Eliminó"),
    ("AuditAction", "sign"): ("Signed", "Firmó"), ("AuditAction", "print"): ("Printed", "Imprimió"),
    ("AuditAction", "export"): ("Exported", "Exportó"),
    ("AuditAction", "login"): ("Signed in", "Inició sesión"),
    ("AuditAction", "unlock"): ("Unlocked", "Desbloqueó"),
    ("AuditAction", "failed_unlock"): ("Failed unlock", "Desbloqueo fallido"),
    ("AuditAction", "lock"): ("Locked", "Bloqueó"), ("AuditAction", "sync"): ("Synced", "Sincronizó"),
    ("AuditAction", "conflict_resolved"): ("Conflict resolved", "Resolvió un conflicto"),
    ("AuditAction", "passphrase_changed"): ("Passphrase changed", "Cambió la frase de contraseña"),
    ("AuditAction", "emergency_access"): ("Emergency access", "Acceso de emergencia"),
    ("DataCategory", "demographics"): ("Demographics", "Datos demográficos"),
    ("DataCategory", "contacts"): ("Contacts", "Contactos"),
    ("DataCategory", "care_team"): ("Care team", "Equipo de cuidado"),
    ("DataCategory", "conditions"): ("Conditions", "Diagnósticos"),
    ("DataCategory", "medications"): ("Medications", "Medicamentos"),
    ("DataCategory", "allergies"): ("Allergies", "Alergias"),
    ("DataCategory", "utilization"): ("Utilization", "Uso de servicios"),
    ("DataCategory", "consents"): ("Consents", "Consentimientos"),
    ("DataCategory", "encounters"): ("Encounters", "Encuentros"),
    ("DataCategory", "assessments"): ("Assessments", "Evaluaciones"),
    ("DataCategory", "care_plan"): ("Care plan", "Plan de cuidado"),
    ("DataCategory", "tasks"): ("Tasks", "Tareas"), ("DataCategory", "chart"): ("Chart", "Expediente"),
    ("DataCategory", "system"): ("System", "Sistema"),
}
_RECORDS = {
    "member": ("Member", "Afiliado"), "encounter": ("Encounter", "Encuentro"),
    "report": ("Report", "Informe"),
    "audit_log": ("Audit log", "Registro de auditoría"), "task": ("Task", "Tarea"),
    "task_list": ("Task list", "Lista de tareas"), "caseload": ("Caseload", "Casos"),
    "medication": ("Medication", "Medicamento"), "care_plan": ("Care plan", "Plan de cuidado"),
    "draft": ("Draft", "Borrador"), "assessment_response": ("Assessment", "Evaluación"),
    "safety_alert": ("Safety alert", "Alerta de seguridad"),
}
for _key, _words in _LABELS.items():  # the framework's table wins where it already names a value
    messages.ENUM_LABELS.setdefault(_key, _words)


def build(req: ReportRequest) -> ReportDoc:
    lang = req.lang
    first, last = _day(req.options.get("since")), _day(req.options.get("until"))
    since, until = audit_log.local_days(first, last)
    wanted = AuditFilter(since, until, str(req.options.get("user") or "") or None, req.member_id,
                         _enum(AuditAction, req.options.get("action")),
                         _enum(DataCategory, req.options.get("category")))
    rows, total = audit_log.read(req.session, wanted, limit=PDF_LIMIT)
    doc = ReportDoc(t(lang, "audit.title"), lang=lang, large_print=req.large_print,
                    meta_title=t(lang, "audit.title"), printed_on=req.today)
    doc.key_values([(t(lang, "audit.filters"), "" if wanted.narrowed() else t(lang, "audit.all_events")),
                    (t(lang, "audit.period"), _period(lang, first, last)),
                    (t(lang, "audit.user"), wanted.user or ""),
                    (t(lang, "audit.member"), _member(req)),
                    (t(lang, "audit.action"), label(lang, wanted.action)),
                    (t(lang, "audit.category"), label(lang, wanted.category)),
                    (t(lang, "audit.count"), _count(lang, len(rows), total))])
    doc.paragraph(t(lang, "audit.time_zone", zone=datetime.now().astimezone().strftime("%Z %z")), "muted")
    if not rows:
        doc.paragraph(t(lang, "audit.none"))
        return doc
    doc.table([t(lang, "audit.time"), t(lang, "audit.user_device"), t(lang, "audit.action_data"),
               t(lang, "audit.record"), t(lang, "audit.member"), t(lang, "audit.details")],
              [event_cells(lang, row) for row in rows], widths=[1.15, 1.35, 1.2, 1.0, 1.45, 1.3])
    return doc


def event_cells(lang: str, row: AuditRow) -> list[str]:
    """One event as printed: local time, who and where, what, to which record and member."""
    words = _RECORDS.get(row.entity_type)  # the id is in the CSV; too long for paper
    record = words[lang == "es"] if words else row.entity_type.replace("_", " ").capitalize()
    member = f"{row.member_name}\n{row.plan_member_id}" if row.plan_member_id else (row.member_id or "")
    return [local_time(lang, row.at), f"{row.user}\n{row.device}",
            f"{label(lang, row.action)}\n{label(lang, row.category)}", record, member, row.details_text]


def local_time(lang: str, at: datetime) -> str:
    """"Apr 23, 2026 14:05:09" / "23 abr 2026 14:05:09" in this computer's time zone."""
    local = at.astimezone()
    month = MONTHS["es" if lang == "es" else "en"][local.month - 1][:3]
    when = f"{local.day} {month} {local.year}" if lang == "es" else f"{month} {local.day}, {local.year}"
    return f"{when}\n{local:%H:%M:%S}"


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _enum(cls: type[AuditAction] | type[DataCategory], value: Any) -> Any:
    return cls(value) if value else None


def _period(lang: str, first: date | None, last: date | None) -> str:
    if first and last:
        return t(lang, "audit.from_to", first=day(lang, first), last=day(lang, last))
    if first:
        return t(lang, "audit.from", first=day(lang, first))
    return t(lang, "audit.to", last=day(lang, last)) if last else ""


def _member(req: ReportRequest) -> str:
    if not req.member_id:
        return ""
    found = audit_log.member(req.session, req.member_id)
    return f"{found.name} · {found.plan_member_id}" if found else req.member_id


def _count(lang: str, shown: int, total: int) -> str:
    if shown >= total:
        return f"{total:,}"
    return t(lang, "audit.count_limited", total=f"{total:,}", shown=f"{shown:,}")


KIND = ReportKind("audit-log", build, DataCategory.SYSTEM, meta_key="audit.title", needs_member=False,
                  options=("since", "until", "user", "action", "category"))
