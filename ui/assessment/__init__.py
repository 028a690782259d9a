"""Assessments in the UI (issue 6): the runner, the chart's Assessments tab, the trend chart, alerts."""
