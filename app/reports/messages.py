"""Every word printed on a report, in English and Spanish (neutral Latin-American, as US health plans use).

The CLI has no Qt, so printed documents cannot use the Qt translator; this one table is their translation.
``t(lang, key, **values)`` formats a message with ``str.format``; ``label(lang, enum_member)`` gives an
enum value its plain words; ``day(lang, date)`` writes a date without the month/day ambiguity.
Report modules written by others may add their own entries with ``add({...})`` at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum

LANGUAGES = ("en", "es")

MESSAGES: dict[str, tuple[str, str]] = {
    # Frame of every page
    "page": ("Page {page} of {pages}", "Página {page} de {pages}"),
    "confidential": ("Confidential — contains protected health information",
                     "Confidencial — contiene información médica protegida"),
    "dob": ("Date of birth: {dob}", "Fecha de nacimiento: {dob}"),
    "member_id": ("Member ID", "N.º de afiliado"),
    "printed_on": ("Printed {day}", "Impreso el {day}"),
    "none": ("None recorded.", "No hay nada registrado."),
    "not_set": ("Not set", "Sin fecha"),
    "yes": ("Yes", "Sí"),
    "no": ("No", "No"),
    "phone": ("Phone", "Teléfono"),
    "fax": ("Fax", "Fax"),
    "email": ("Email", "Correo electrónico"),
    "date": ("Date", "Fecha"),
    "status": ("Status", "Estado"),
    "name": ("Name", "Nombre"),
    "date_line": ("Date", "Fecha"),
    # Care plan (written to the member: plain words, "you")
    "careplan.title": ("My care plan", "Mi plan de cuidado"),
    "careplan.meta": ("Care plan", "Plan de cuidado"),
    "careplan.for": ("This plan is for", "Este plan es para"),
    "careplan.started": ("Plan started", "Inicio del plan"),
    "careplan.reviewed": ("Last reviewed", "Última revisión"),
    "careplan.next_review": ("Next review", "Próxima revisión"),
    "careplan.intro": (
        "This plan was made with you. It lists what matters to you, what you will do, and what your care "
        "team will do to help. Keep it where you can find it and bring it to your doctor visits.",
        "Este plan se hizo con usted. Dice lo que es importante para usted, lo que usted hará y lo que su "
        "equipo de cuidado hará para ayudarle. Guárdelo en un lugar fácil de encontrar y llévelo a sus "
        "citas médicas."),
    "careplan.goals": ("My goals", "Mis metas"),
    "careplan.goal_for": ("About: {problem}", "Sobre: {problem}"),
    "careplan.no_open_goals": ("No goals are open right now.", "No hay metas abiertas en este momento."),
    "careplan.reached": ("Goals I have reached", "Metas que ya logré"),
    "careplan.in_my_words": ("In my words", "En mis palabras"),
    "careplan.target": ("Target date", "Fecha meta"),
    "careplan.i_do": ("What I will do", "Lo que yo haré"),
    "careplan.team_does": ("What my care team will do", "Lo que hará mi equipo de cuidado"),
    "careplan.who": ("Who", "Quién"),
    "careplan.what": ("What", "Qué"),
    "careplan.how_often": ("How often", "Con qué frecuencia"),
    "careplan.by": ("By", "Para el"),
    "careplan.barriers": ("What could get in the way, and what we will do", "Lo que puede dificultar y lo "
                          "que haremos"),
    "careplan.barrier": ("What could get in the way", "Lo que puede dificultar"),
    "careplan.plan": ("What we will do", "Lo que haremos"),
    "careplan.referrals": ("Services I was referred to", "Servicios a los que me enviaron"),
    "careplan.service": ("Service", "Servicio"),
    "careplan.how_reach": ("How to reach them", "Cómo comunicarse"),
    "careplan.self_management": ("Taking care of myself", "Cómo cuidarme"),
    "careplan.follow_up": ("How often we will talk", "Con qué frecuencia hablaremos"),
    "careplan.caregiver": ("My caregiver's part", "La parte de mi cuidador"),
    "careplan.who_to_call": ("Who to call", "A quién llamar"),
    "careplan.call_nurse": ("My nurse case manager", "Mi enfermera administradora de casos"),
    "careplan.call_nurse_when": (
        "Call with questions about this plan, new symptoms that are not an emergency, after a hospital or "
        "emergency room visit, or if you cannot get a medicine or service.",
        "Llame si tiene preguntas sobre este plan, síntomas nuevos que no son una emergencia, después de "
        "ir al hospital o a la sala de emergencias, o si no puede conseguir un medicamento o servicio."),
    "careplan.call_pcp": ("My doctor (primary care)", "Mi médico de cabecera"),
    "careplan.call_pcp_when": ("Call for appointments, medicine refills and health questions.",
                               "Llame para citas, resurtir medicamentos y preguntas de salud."),
    "careplan.call_911": ("Emergency: call 911", "Emergencia: llame al 911"),
    "careplan.call_911_when": (
        "Call 911 for chest pain, trouble breathing, signs of a stroke, or any emergency.",
        "Llame al 911 si tiene dolor de pecho, dificultad para respirar, señales de un derrame cerebral o "
        "cualquier emergencia."),
    "careplan.call_988": ("Crisis: call or text 988", "Crisis: llame o envíe un texto al 988"),
    "careplan.call_988_when": (
        "Call or text 988 any time if you are thinking about hurting yourself or feel you cannot cope.",
        "Llame o envíe un texto al 988 a cualquier hora si piensa en hacerse daño o siente que no puede "
        "más. Hay ayuda en español."),
    "careplan.no_plan": ("There is no care plan on file yet.", "Todavía no hay un plan de cuidado."),
    "careplan.signatures": ("Signatures", "Firmas"),
    "careplan.agree": (
        "I helped make this plan and I agree with it.",
        "Ayudé a hacer este plan y estoy de acuerdo con él."),
    "careplan.sign_member": ("Member", "Afiliado(a)"),
    "careplan.sign_caregiver": ("Caregiver", "Cuidador(a)"),
    "careplan.sign_nurse": ("Nurse case manager", "Enfermera administradora de casos"),
    "careplan.agreed": ("Agreed on {day} ({method})", "Acordado el {day} ({method})"),
    "careplan.nurse_unnamed": ("Your nurse case manager", "Su enfermera administradora de casos"),
    # Provider letter
    "letter.title": ("Care coordination letter", "Carta de coordinación de cuidado"),
    "letter.to": ("To", "Para"),
    "letter.from": ("From", "De"),
    "letter.re": ("Re", "Asunto"),
    "letter.re_text": ("{name}, date of birth {dob}", "{name}, fecha de nacimiento {dob}"),
    "letter.greeting": ("Dear {name},", "Estimado(a) {name}:"),
    "letter.greeting_generic": ("Dear colleague,", "Estimado(a) colega:"),
    "letter.opening": (
        "Your patient is enrolled in our care management program. This letter summarizes the current care "
        "plan and recent findings so we can coordinate care. Please contact me with questions or changes.",
        "Su paciente está inscrito(a) en nuestro programa de administración de cuidado. Esta carta resume "
        "el plan de cuidado actual y los hallazgos recientes para coordinar el cuidado. Comuníquese conmigo "
        "si tiene preguntas o cambios."),
    "letter.problems": ("Care plan problems", "Problemas del plan de cuidado"),
    "letter.goals": ("Goals", "Metas"),
    "letter.interventions": ("Key interventions", "Intervenciones principales"),
    "letter.assessments": ("Recent assessments", "Evaluaciones recientes"),
    "letter.medications": ("Active medications", "Medicamentos activos"),
    "letter.concerns": ("Concerns", "Preocupaciones"),
    "letter.alerts": ("Open safety alerts", "Alertas de seguridad abiertas"),
    "letter.utilization": ("Emergency visits and admissions (last 12 months)",
                           "Visitas a emergencias e internaciones (últimos 12 meses)"),
    "letter.no_concerns": ("No open safety alerts and no emergency visits or admissions in the last 12 "
                           "months.", "No hay alertas de seguridad abiertas ni visitas a emergencias o "
                           "internaciones en los últimos 12 meses."),
    "letter.closing": ("Sincerely,", "Atentamente,"),
    "letter.instrument": ("Instrument", "Instrumento"),
    "letter.score": ("Score", "Puntaje"),
    "letter.band": ("Result", "Resultado"),
    "letter.medication": ("Medication", "Medicamento"),
    "letter.dose": ("Dose", "Dosis"),
    "letter.frequency": ("Frequency", "Frecuencia"),
    "letter.adherence": ("Adherence", "Adherencia"),
    "letter.domain": ("Domain", "Área"),
    "letter.problem": ("Problem", "Problema"),
    "letter.priority": ("Priority", "Prioridad"),
    "letter.goal": ("Goal", "Meta"),
    "letter.responsible": ("Responsible", "Responsable"),
    "letter.kind": ("Kind", "Tipo"),
    "letter.facility": ("Facility", "Centro"),
    "letter.diagnosis": ("Diagnosis", "Diagnóstico"),
    "letter.alert_raised": ("Raised", "Generada"),
    "letter.pcp_unknown": ("Primary care provider", "Proveedor de atención primaria"),
    # Visit summary
    "visit.title": ("Visit summary", "Resumen de la visita"),
    "visit.none": ("There is no signed visit or call to summarize.",
                   "No hay una visita o llamada firmada para resumir."),
    "visit.when": ("Date and time", "Fecha y hora"),
    "visit.kind": ("Type", "Tipo"),
    "visit.minutes": ("Minutes", "Minutos"),
    "visit.location": ("Location", "Lugar"),
    "visit.participants": ("Participants", "Participantes"),
    "visit.interpreter": ("Interpreter language", "Idioma del intérprete"),
    "visit.signed": ("Signed", "Firmado"),
    "visit.signed_text": ("{when} by {who}", "{when} por {who}"),
    "visit.note": ("Note", "Nota"),
    "visit.vitals": ("Vital signs", "Signos vitales"),
    "visit.vital": ("Measure", "Medida"),
    "visit.value": ("Value", "Valor"),
    "visit.abnormal": ("Outside the usual range", "Fuera del rango habitual"),
    "visit.assessments": ("Assessments done at this visit", "Evaluaciones hechas en esta visita"),
    "visit.addenda": ("Addenda", "Adendas"),
    "visit.status": ("Record status", "Estado del registro"),
    # Outreach log
    "outreach.title": ("Outreach log", "Registro de contactos"),
    "outreach.entries": ("Entries", "Registros"),
    "outreach.when": ("Date and time", "Fecha y hora"),
    "outreach.kind": ("Type", "Tipo"),
    "outreach.channel": ("Channel", "Medio"),
    "outreach.direction": ("Direction", "Dirección"),
    "outreach.outcome": ("Outcome", "Resultado"),
    "outreach.minutes": ("Min.", "Min."),
    "outreach.by": ("By", "Por"),
    "outreach.total_minutes": ("Total minutes", "Minutos en total"),
    "outreach.reached": ("Times reached", "Contactos logrados"),
    # Assessment history
    "assessment.title": ("Assessment history", "Historial de evaluaciones"),
    "assessment.instrument": ("Instrument", "Instrumento"),
    "assessment.trend": ("Total score over time", "Puntaje total a lo largo del tiempo"),
    "assessment.completed": ("Completed", "Completada"),
    "assessment.total": ("Total", "Total"),
    "assessment.band": ("Result", "Resultado"),
    "assessment.change": ("Change", "Cambio"),
    "assessment.flags": ("Flags", "Señales"),
    "assessment.none": ("This assessment has not been completed yet.",
                        "Esta evaluación todavía no se ha completado."),
}

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}

# (enum class name, value) -> (English, Spanish)
ENUM_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("GoalStatus", "not_started"): ("Not started", "Sin empezar"),
    ("GoalStatus", "in_progress"): ("Working on it", "En progreso"),
    ("GoalStatus", "met"): ("Met", "Lograda"),
    ("GoalStatus", "partially_met"): ("Partly met", "Lograda en parte"),
    ("GoalStatus", "not_met"): ("Not met", "No lograda"),
    ("GoalStatus", "discontinued"): ("Stopped", "Suspendida"),
    ("GoalTerm", "short"): ("Short-term", "A corto plazo"),
    ("GoalTerm", "long"): ("Long-term", "A largo plazo"),
    ("ResponsibleParty", "nurse"): ("Nurse case manager", "Enfermera administradora de casos"),
    ("ResponsibleParty", "member"): ("Me", "Yo"),
    ("ResponsibleParty", "caregiver"): ("My caregiver", "Mi cuidador(a)"),
    ("ResponsibleParty", "pcp"): ("My doctor", "Mi médico"),
    ("ResponsibleParty", "specialist"): ("Specialist", "Especialista"),
    ("ResponsibleParty", "pharmacist"): ("Pharmacist", "Farmacéutico(a)"),
    ("ResponsibleParty", "social_worker"): ("Social worker", "Trabajador(a) social"),
    ("ResponsibleParty", "community"): ("Community program", "Programa comunitario"),
    ("InterventionType", "education"): ("Education", "Educación"),
    ("InterventionType", "coordination"): ("Care coordination", "Coordinación del cuidado"),
    ("InterventionType", "referral"): ("Referral", "Referido"),
    ("InterventionType", "monitoring"): ("Monitoring", "Seguimiento"),
    ("InterventionType", "counseling"): ("Counseling", "Consejería"),
    ("InterventionType", "other"): ("Other", "Otro"),
    ("InterventionStatus", "planned"): ("Planned", "Planeada"),
    ("InterventionStatus", "in_progress"): ("In progress", "En curso"),
    ("InterventionStatus", "completed"): ("Done", "Hecha"),
    ("InterventionStatus", "discontinued"): ("Stopped", "Suspendida"),
    ("BarrierKind", "transportation"): ("Transportation", "Transporte"),
    ("BarrierKind", "cost"): ("Cost", "Costo"),
    ("BarrierKind", "health_literacy"): ("Understanding health information", "Entender la información de "
                                         "salud"),
    ("BarrierKind", "language"): ("Language", "Idioma"),
    ("BarrierKind", "cognition"): ("Memory or thinking", "Memoria o razonamiento"),
    ("BarrierKind", "motivation"): ("Motivation", "Motivación"),
    ("BarrierKind", "housing"): ("Housing", "Vivienda"),
    ("BarrierKind", "other"): ("Other", "Otro"),
    ("BarrierStatus", "open"): ("Open", "Pendiente"),
    ("BarrierStatus", "addressed"): ("Being addressed", "En atención"),
    ("BarrierStatus", "resolved"): ("Resolved", "Resuelto"),
    ("ReferralStatus", "proposed"): ("Suggested", "Sugerido"),
    ("ReferralStatus", "sent"): ("Sent", "Enviado"),
    ("ReferralStatus", "accepted"): ("Accepted", "Aceptado"),
    ("ReferralStatus", "completed"): ("Completed", "Completado"),
    ("ReferralStatus", "declined"): ("Declined", "Rechazado"),
    ("ReferralStatus", "no_show"): ("Missed", "No asistió"),
    ("ProblemStatus", "active"): ("Active", "Activo"),
    ("ProblemStatus", "resolved"): ("Resolved", "Resuelto"),
    ("ProblemStatus", "inactive"): ("Inactive", "Inactivo"),
    ("CareDomain", "health_status"): ("Health status", "Estado de salud"),
    ("CareDomain", "clinical_history"): ("Clinical history", "Historia clínica"),
    ("CareDomain", "functional"): ("Daily activities", "Actividades diarias"),
    ("CareDomain", "behavioral"): ("Behavioral health", "Salud mental"),
    ("CareDomain", "social"): ("Social needs", "Necesidades sociales"),
    ("CareDomain", "life_planning"): ("Life planning", "Planificación de vida"),
    ("CareDomain", "cultural_linguistic"): ("Culture and language", "Cultura e idioma"),
    ("CareDomain", "vision_hearing"): ("Vision and hearing", "Vista y audición"),
    ("CareDomain", "caregiver"): ("Caregiver support", "Apoyo al cuidador"),
    ("CareDomain", "benefits"): ("Benefits", "Beneficios"),
    ("CareDomain", "community"): ("Community resources", "Recursos comunitarios"),
    ("AgreementMethod", "verbal"): ("verbal", "verbal"),
    ("AgreementMethod", "written"): ("written", "por escrito"),
    ("AgreementMethod", "e_signature"): ("electronic signature", "firma electrónica"),
    ("CarePlanStatus", "draft"): ("Draft", "Borrador"),
    ("CarePlanStatus", "active"): ("Active", "Activo"),
    ("CarePlanStatus", "closed"): ("Closed", "Cerrado"),
    ("EncounterKind", "home_visit"): ("Home visit", "Visita al hogar"),
    ("EncounterKind", "telephonic"): ("Phone call", "Llamada telefónica"),
    ("EncounterKind", "video"): ("Video visit", "Videollamada"),
    ("EncounterKind", "contact_attempt"): ("Contact attempt", "Intento de contacto"),
    ("EncounterKind", "case_conference"): ("Case conference", "Reunión de caso"),
    ("EncounterKind", "provider_communication"): ("Provider communication", "Comunicación con proveedor"),
    ("Direction", "outbound"): ("Outgoing", "Saliente"),
    ("Direction", "inbound"): ("Incoming", "Entrante"),
    ("Channel", "phone"): ("Phone", "Teléfono"),
    ("Channel", "text"): ("Text message", "Mensaje de texto"),
    ("Channel", "mail"): ("Mail", "Correo"),
    ("Channel", "visit"): ("In person", "En persona"),
    ("Channel", "video"): ("Video", "Video"),
    ("ContactOutcome", "reached"): ("Reached", "Contacto logrado"),
    ("ContactOutcome", "no_answer"): ("No answer", "No contestó"),
    ("ContactOutcome", "voicemail"): ("Voicemail", "Buzón de voz"),
    ("ContactOutcome", "wrong_number"): ("Wrong number", "Número equivocado"),
    ("ContactOutcome", "declined"): ("Declined", "Rechazó"),
    ("EncounterStatus", "draft"): ("Draft", "Borrador"),
    ("EncounterStatus", "signed"): ("Signed", "Firmado"),
    ("EncounterStatus", "amended"): ("Amended", "Enmendado"),
    ("EncounterStatus", "entered_in_error"): ("Entered in error", "Registrado por error"),
    ("AddendumKind", "addendum"): ("Addendum", "Adenda"),
    ("AddendumKind", "late_entry"): ("Late entry", "Registro tardío"),
    ("AddendumKind", "correction"): ("Correction", "Corrección"),
    ("UtilizationKind", "ed_visit"): ("Emergency department visit", "Visita a emergencias"),
    ("UtilizationKind", "admission"): ("Admission", "Internación"),
    ("UtilizationKind", "readmission"): ("Readmission", "Reinternación"),
    ("UtilizationKind", "observation"): ("Observation stay", "Estancia en observación"),
    ("UtilizationKind", "snf_stay"): ("Skilled nursing stay", "Estancia en centro de enfermería"),
    ("Adherence", "adherent"): ("Takes as prescribed", "Lo toma según lo indicado"),
    ("Adherence", "partially_adherent"): ("Sometimes misses", "A veces no lo toma"),
    ("Adherence", "non_adherent"): ("Not taking as prescribed", "No lo toma según lo indicado"),
    ("Adherence", "unknown"): ("Unknown", "Desconocida"),
    ("CareTeamRole", "pcp"): ("Primary care provider", "Médico de cabecera"),
    ("CareTeamRole", "specialist"): ("Specialist", "Especialista"),
    ("CareTeamRole", "bh_clinician"): ("Behavioral health clinician", "Profesional de salud mental"),
    ("CareTeamRole", "pharmacist"): ("Pharmacist", "Farmacéutico(a)"),
    ("CareTeamRole", "social_worker"): ("Social worker", "Trabajador(a) social"),
    ("CareTeamRole", "community_resource"): ("Community resource", "Recurso comunitario"),
    ("CareTeamRole", "other"): ("Other", "Otro"),
}


def t(lang: str, key: str, **values: object) -> str:
    """The message in ``lang`` (English when the language or the Spanish text is missing)."""
    en, es = MESSAGES[key]
    text = es if lang == "es" and es else en
    return text.format(**values) if values else text


def label(lang: str, value: Enum | None) -> str:
    """Plain words for an enum value; an unknown value reads as its own name, never as a blank."""
    if value is None:
        return ""
    words = ENUM_LABELS.get((type(value).__name__, str(value.value)))
    if words is None:
        return str(value.value).replace("_", " ").capitalize()
    return words[1] if lang == "es" else words[0]


def day(lang: str, value: date | datetime | None) -> str:
    """``June 14, 1951`` / ``14 de junio de 1951``; empty for no date."""
    if value is None:
        return ""
    month = MONTHS["es" if lang == "es" else "en"][value.month - 1]
    if lang == "es":
        return f"{value.day} de {month} de {value.year}"
    return f"{month} {value.day}, {value.year}"


def moment(lang: str, value: datetime | None) -> str:
    """A date with its time of day (24-hour in Spanish, 12-hour in English)."""
    if value is None:
        return ""
    if lang == "es":
        return f"{day(lang, value)}, {value:%H:%M}"
    return f"{day(lang, value)}, {value:%I:%M %p}".replace(", 0", ", ")


LANGUAGE_NAMES = {
    "en": ("English", "inglés"), "es": ("Spanish", "español"), "zh": ("Chinese", "chino"),
    "vi": ("Vietnamese", "vietnamita"), "tl": ("Tagalog", "tagalo"), "ko": ("Korean", "coreano"),
    "ru": ("Russian", "ruso"), "ar": ("Arabic", "árabe"), "ht": ("Haitian Creole", "criollo haitiano"),
    "pt": ("Portuguese", "portugués"), "fr": ("French", "francés"), "asl": ("American Sign Language",
                                                                         "lengua de señas americana"),
}


def language_name(lang: str, code: str) -> str:
    """A language code as words (``es`` -> Spanish / español); anything else is shown as stored."""
    names = LANGUAGE_NAMES.get(code.strip().lower())
    return code if names is None else names[1 if lang == "es" else 0]


def add(entries: Mapping[str, tuple[str, str]]) -> None:
    """More messages from a report module; a key already present is a programming error."""
    clash = set(entries) & set(MESSAGES)
    if clash:
        raise ValueError(f"report message keys defined twice: {sorted(clash)}")
    MESSAGES.update(entries)
