<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/shell/about.py" line="+75"/>
        <source>About Carefield</source>
        <translation>Acerca de Carefield</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>Carefield %1</source>
        <translation>Carefield %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Offline-first case management for field nurse case managers. Member information stays in an encrypted vault on this computer.</source>
        <translation>Administración de casos sin conexión para el personal de enfermería que administra casos en campo. La información de los afiliados se guarda en una bóveda cifrada en esta computadora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault schema revision:</source>
        <translation>Revisión del esquema de la bóveda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (PySide6 %2)</source>
        <translation>%1 (PySide6 %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>locked (unlock Carefield to read it)</source>
        <translation>bloqueada (desbloquee Carefield para leerla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <location filename="../../ui/chart/models.py" line="+160"/>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency access by %1: %2, until %3</source>
        <translation>Acceso de emergencia de %1: %2, hasta %3</translation>
    </message>
</context>
<context>
    <name>AddendumDialogs</name>
    <message>
        <location filename="../../ui/encounter/addenda.py" line="+24"/>
        <source>Add an addendum</source>
        <translation>Agregar un anexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a late entry</source>
        <translation>Agregar una entrada tardía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a correction</source>
        <translation>Agregar una corrección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New information about this contact, linked to the signed note.</source>
        <translation>Información nueva sobre este contacto, vinculada a la nota firmada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written now about an earlier date of service. It is signed with today&apos;s time, never backdated.</source>
        <translation>Se escribe ahora sobre una fecha de servicio anterior. Se firma con la hora de hoy, nunca con fecha retroactiva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The original note stays visible with your correction and its reason beside it.</source>
        <translation>La nota original sigue visible, con su corrección y el motivo al lado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date of &amp;service</source>
        <translation>Fecha del &amp;servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The note stays in the record, marked entered in error with your reason. Nothing is deleted.</source>
        <translation>La nota queda en el expediente, marcada como ingresada por error con su motivo. No se borra nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark entered in error</source>
        <translation>Marcar como ingresada por error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark entered in error</source>
        <translation>&amp;Marcar como ingresada por error</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/careplan/agreement.py" line="+30"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written (signed on paper)</source>
        <translation>Por escrito (firmado en papel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-signature (signed here)</source>
        <translation>Firma electrónica (firmado aquí)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Agreed &amp;on</source>
        <translation>&amp;Fecha del acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed or agreed &amp;by</source>
        <translation>Firmado o aceptado &amp;por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;caregiver took part</source>
        <translation>Un &amp;cuidador participó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;caregiver took part in planning</source>
        <translation>Un &amp;cuidador participó en la planificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care&amp;giver&apos;s name</source>
        <translation>&amp;Nombre del cuidador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member&apos;s agreement to the care plan</source>
        <translation>Acuerdo del afiliado con el plan de cuidado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record how %1 agreed to the care plan started %2.</source>
        <translation>Registre cómo %1 aceptó el plan de cuidado iniciado el %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save agreement</source>
        <translation>&amp;Guardar acuerdo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Member&apos;s signature</source>
        <translation>Firma del afiliado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The member signs in the box with a mouse, pen or finger. A signature cannot be drawn with the keyboard: if that is all you can use, choose a verbal or written agreement instead.</source>
        <translation>El afiliado firma en el recuadro con el mouse, un lápiz digital o el dedo. Una firma no se puede dibujar con el teclado: si es lo único que puede usar, elija un acuerdo verbal o por escrito.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ask the member to sign in the box, or choose a verbal or written agreement.</source>
        <translation>Pida al afiliado que firme en el recuadro, o elija un acuerdo verbal o por escrito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when a caregiver took part</source>
        <translation>es obligatorio cuando participó un cuidador</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <location filename="../../ui/assessment/alert_dialog.py" line="+43"/>
        <source>Safety alert</source>
        <translation>Alerta de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · raised %2. Act now, then record what you did; the alert stays open until you do.</source>
        <translation>%1 · generada %2. Actúe ahora y luego registre lo que hizo; la alerta sigue abierta hasta que lo haga.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action taken</source>
        <translation>Medida tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you did, e.g. a suggestion below</source>
        <translation>Lo que hizo, p. ej. una sugerencia de abajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action taken (required):</source>
        <translation>&amp;Medida tomada (obligatoria):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Record action</source>
        <translation>&amp;Registrar medida</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add to the action taken</source>
        <translation>Agregar a la medida tomada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record what you did before closing this alert.</source>
        <translation>Registre lo que hizo antes de cerrar esta alerta.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This alert cannot be dismissed. Record the action taken.</source>
        <translation>Esta alerta no se puede descartar. Registre la medida tomada.</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../ui/assessment/models.py" line="+69"/>
        <source>Member</source>
        <translation>Afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised</source>
        <translation>Generada</translation>
    </message>
</context>
<context>
    <name>AllergiesModel</name>
    <message>
        <location filename="../../ui/chart/models.py" line="-101"/>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted</source>
        <translation>Registrada</translation>
    </message>
</context>
<context>
    <name>AllergiesTab</name>
    <message>
        <location filename="../../ui/chart/allergies_tab.py" line="+27"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No allergies recorded.</source>
        <translation>No hay alergias registradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add allergy…</source>
        <translation>&amp;Agregar alergia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No known drug allergies (NKDA)</source>
        <translation>&amp;Sin alergias conocidas a medicamentos (NKDA)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An active medication allergy is recorded.</source>
        <translation>Hay registrada una alergia activa a un medicamento.</translation>
    </message>
</context>
<context>
    <name>AllergyForm</name>
    <message>
        <location filename="../../ui/chart/forms.py" line="+54"/>
        <source>Su&amp;bstance</source>
        <translation>&amp;Sustancia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Penicillin</source>
        <translation>p. ej., penicilina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reaction</source>
        <translation>&amp;Reacción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. hives</source>
        <translation>p. ej., urticaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Noted on</source>
        <translation>&amp;Fecha de registro</translation>
    </message>
</context>
<context>
    <name>AssessmentCommands</name>
    <message>
        <location filename="../../ui/assessment/commands.py" line="+17"/>
        <source>Start a&amp;ssessment…</source>
        <translation>Iniciar e&amp;valuación…</translation>
    </message>
</context>
<context>
    <name>AssessmentLabels</name>
    <message>
        <location filename="../../ui/assessment/labels.py" line="+13"/>
        <source>Minimal</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderately severe</source>
        <translation>Moderadamente grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive: give the PHQ-9</source>
        <translation>Positivo: aplique el PHQ-9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full function</source>
        <translation>Función completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate impairment</source>
        <translation>Deterioro moderado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe impairment</source>
        <translation>Deterioro grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at risk of falling</source>
        <translation>Sin riesgo de caídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk of falling</source>
        <translation>En riesgo de caídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No social need</source>
        <translation>Sin necesidad social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social need</source>
        <translation>Necesidad social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No concern</source>
        <translation>Sin preocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some concern</source>
        <translation>Alguna preocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High concern</source>
        <translation>Preocupación alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adequate support</source>
        <translation>Apoyo adecuado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limited support</source>
        <translation>Apoyo limitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insufficient support</source>
        <translation>Apoyo insuficiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible risk of self-harm</source>
        <translation>Posible riesgo de autolesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation>Alimentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilities</source>
        <translation>Servicios públicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible risk of self-harm (PHQ-9 item 9)</source>
        <translation>Posible riesgo de autolesión (PHQ-9, pregunta 9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>988 Suicide &amp; Crisis Lifeline given</source>
        <translation>Se dio la Línea 988 de Prevención del Suicidio y Crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PCP notified</source>
        <translation>Se avisó al PCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency services called</source>
        <translation>Se llamó a servicios de emergencia</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>First time</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲ %1 higher than last time</source>
        <translation>▲ %1 más que la vez anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ %1 lower than last time</source>
        <translation>▼ %1 menos que la vez anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= No change since last time</source>
        <translation>= Sin cambio desde la vez anterior</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No score yet</source>
        <translation>Aún sin puntaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score so far: %1</source>
        <translation>Puntaje hasta ahora: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score: %1</source>
        <translation>Puntaje: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score: %1 · %2</source>
        <translation>Puntaje: %1 · %2</translation>
    </message>
</context>
<context>
    <name>AssessmentModels</name>
    <message>
        <location filename="../../ui/assessment/models.py" line="-18"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>AssessmentPart</name>
    <message>
        <location filename="../../ui/assessment/chart_part.py" line="+38"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
</context>
<context>
    <name>AssessmentRunner</name>
    <message>
        <location filename="../../ui/assessment/runner.py" line="+70"/>
        <source>%1 — %2</source>
        <comment>instrument — member</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter, Ctrl+Down</source>
        <translation>Intro, Ctrl+Abajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full form</source>
        <translation>&amp;Formulario completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save &amp;&amp; close</source>
        <translation>&amp;Guardar y cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Complete</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <comment>command (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show in %1</source>
        <translation>Mostrar en %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Item %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the answer (Enter starts a new line); Ctrl+Down goes on, Ctrl+Enter completes.</source>
        <translation>Escriba la respuesta (Intro inicia otra línea); Ctrl+Abajo sigue, Ctrl+Intro termina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the answer; Enter goes on.</source>
        <translation>Escriba la respuesta; Intro sigue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press %1–%2 to answer and go on; Backspace goes back.</source>
        <translation>Pulse %1–%2 para responder y seguir; Retroceso vuelve atrás.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Embedded: %1 — start it from the picker</source>
        <translation>Incluida: %1 — iníciela desde la lista de instrumentos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tab moves between questions; arrows choose an answer.</source>
        <translation>Tab pasa de una pregunta a otra; las flechas eligen una respuesta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>That was the last item. Press Ctrl+Enter to complete, or Ctrl+S to save and finish later.</source>
        <translation>Esa fue la última pregunta. Pulse Ctrl+Intro para terminar o Ctrl+S para guardar y terminar después.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving the assessment</source>
        <translation>Guardando la evaluación</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Completing the assessment</source>
        <translation>Terminando la evaluación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ Please check “%1”: %2 (%3 to fix before completing).</source>
        <translation>⚠ Revise “%1”: %2 (%3 por corregir antes de terminar).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 › %2</source>
        <comment>domain › item</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ Completed · %1. A completed assessment cannot be changed.</source>
        <translation>✓ Terminada · %1. Una evaluación terminada no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../../ui/assessment/tab.py" line="+29"/>
        <source>&amp;Start assessment…</source>
        <translation>&amp;Iniciar evaluación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessments in progress</source>
        <translation>Evaluaciones en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in progress.</source>
        <translation>Nada en curso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;History of:</source>
        <translation>&amp;Historial de:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessment history</source>
        <translation>Historial de evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No completed results for this instrument yet.</source>
        <translation>Aún no hay resultados terminados de este instrumento.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <comment>command (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AuditFilters</name>
    <message>
        <location filename="../../ui/audit/filters.py" line="+44"/>
        <source>&amp;From:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds of data</source>
        <translation>Todos los tipos de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Member:</source>
        <translation>&amp;Afiliado/a:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last &amp;7 days</source>
        <translation>Últimos &amp;7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 3&amp;0 days</source>
        <translation>Últimos 3&amp;0 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ll dates</source>
        <translation>&amp;Todas las fechas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Any member: type a name or plan ID</source>
        <translation>Cualquier afiliado: escriba un nombre o N.º de afiliado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The From date is after the To date.</source>
        <translation>La fecha Desde es posterior a la fecha Hasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No member in the audit log matches that text. Choose one from the list, or clear the Member field.</source>
        <translation>Ningún afiliado del registro de auditoría coincide con ese texto. Elija uno de la lista o deje vacío el campo Afiliado.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../ui/audit/model.py" line="+20"/>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked</source>
        <translation>Desbloqueó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed unlock</source>
        <translation>Desbloqueo fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>Bloqueó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Cambió la frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task list</source>
        <translation>Lista de tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caseload</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care plan</source>
        <translation>Plan de cuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety alert</source>
        <translation>Alerta de seguridad</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="+30"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record ID</source>
        <translation>ID del registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member record ID</source>
        <translation>ID interno del afiliado</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../ui/audit/window.py" line="+39"/>
        <location line="+27"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events match these filters.</source>
        <translation>Ningún evento coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every view, change, print and export of member information on this computer, and every sign-in and lock. Reading this log and saving it are recorded here too.</source>
        <translation>Cada consulta, cambio, impresión y exportación de información de afiliados en esta computadora, y cada inicio de sesión y bloqueo. Consultar y guardar este registro también queda registrado aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find member</source>
        <translation>Buscar afiliado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading the audit log</source>
        <translation>Cargando el registro de auditoría</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the audit log…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the audit log</source>
        <translation>Leyendo el registro de auditoría</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 events match; the newest %2 are shown. Narrow the filters to see older ones.</source>
        <translation>%1 eventos coinciden; se muestran los %2 más recientes. Limite los filtros para ver los anteriores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export audit log as CSV</source>
        <translation>Exportar el registro de auditoría como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the audit log</source>
        <translation>Guardando el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1 events to %2</source>
        <translation>Se guardaron %1 eventos en %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export audit log as PDF</source>
        <translation>Exportar el registro de auditoría como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the report to %1</source>
        <translation>Se guardó el informe en %1</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../ui/encounter/autosave.py" line="+62"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Draft saved at %1</source>
        <translation>Borrador guardado a las %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The draft was not saved: %1</source>
        <translation>No se guardó el borrador: %1</translation>
    </message>
</context>
<context>
    <name>BarrierForm</name>
    <message>
        <location filename="../../ui/careplan/forms.py" line="+127"/>
        <source>&amp;Barrier</source>
        <translation>&amp;Barrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan to address it</source>
        <translation>&amp;Plan para abordarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
</context>
<context>
    <name>CarePlanInfo</name>
    <message>
        <location filename="../../ui/careplan/item_info.py" line="+17"/>
        <source>Care plan</source>
        <translation>Plan de cuidado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier</source>
        <translation>Barrera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added from the care-plan library.</source>
        <translation>Agregado de la biblioteca del plan de cuidado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed by an assessment.</source>
        <translation>Propuesto por una evaluación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started %1</source>
        <translation>Iniciado el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reviewed %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reviewed yet</source>
        <translation>Aún no se ha revisado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed with the member on %1 (%2)</source>
        <translation>Acordado con el afiliado el %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet agreed with the member</source>
        <translation>Aún no se ha acordado con el afiliado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No progress reviews yet (Ctrl+R reviews this goal).</source>
        <translation>Aún no hay revisiones de progreso (Ctrl+R revisa esta meta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 progress reviews, the last on %2</source>
        <translation>%1 revisiones de progreso, la última el %2</translation>
    </message>
</context>
<context>
    <name>CarePlanPart</name>
    <message>
        <location filename="../../ui/careplan/chart_part.py" line="+44"/>
        <source>Care plan</source>
        <translation>Plan de cuidado</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The care plan was closed when Carefield locked.</source>
        <translation>El plan de cuidado se cerró al bloquearse Carefield.</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <location filename="../../ui/careplan/tab.py" line="+75"/>
        <source>%1 (%2)</source>
        <comment>command (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Problem…</source>
        <translation>&amp;Problema…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Goal…</source>
        <translation>&amp;Meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intervention…</source>
        <translation>&amp;Intervención…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Barrier…</source>
        <translation>&amp;Barrera…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Referral…</source>
        <translation>&amp;Referido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the care-plan &amp;library…</source>
        <translation>De la &amp;biblioteca del plan de cuidado…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add menu</source>
        <translation>Menú Agregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revie&amp;w progress…</source>
        <translation>Revisar pro&amp;greso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member agreeme&amp;nt…</source>
        <translation>Acuerdo del a&amp;filiado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Start a care &amp;plan</source>
        <translation>Iniciar un &amp;plan de cuidado</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Add</source>
        <translation>A&amp;gregar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an item (Ctrl+Ins; Ins adds one like the selected item)</source>
        <translation>Agregar un elemento (Ctrl+Insert; Insert agrega uno como el seleccionado)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No care plan yet</source>
        <translation>Aún no hay plan de cuidado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the plan with the member: problems in order of priority, goals in the member&apos;s own words with target dates, who does what, the barriers and how to address them, and referrals.</source>
        <translation>Escriba el plan con el afiliado: los problemas por orden de prioridad, las metas en palabras del afiliado con fechas meta, quién hace qué, las barreras y cómo abordarlas, y los referidos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening the care plan…</source>
        <translation>Abriendo el plan de cuidado…</translation>
    </message>
</context>
<context>
    <name>CarePlanTree</name>
    <message>
        <location filename="../../ui/careplan/texts.py" line="+20"/>
        <source>Care plan</source>
        <translation>Plan de cuidado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intervention: %1</source>
        <translation>Intervención: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barrier: %1</source>
        <translation>Barrera: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier (%1): %2</source>
        <translation>Barrera (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral: %1</source>
        <translation>Referido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals not linked to a goal</source>
        <translation>Referidos sin vincular a una meta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>member&apos;s priority %1</source>
        <translation>prioridad del afiliado %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>follow up %1</source>
        <translation>seguimiento el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 referral</source>
        <translation>1 referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 referrals</source>
        <translation>%1 referidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>started %1</source>
        <translation>iniciado el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>review overdue since %1</source>
        <translation>revisión vencida desde el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review due %1</source>
        <translation>revisión el %1</translation>
    </message>
</context>
<context>
    <name>CarePlanUndo</name>
    <message>
        <location filename="../../ui/careplan/commands.py" line="+28"/>
        <source>Add problem</source>
        <translation>Agregar problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add goal</source>
        <translation>Agregar meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add intervention</source>
        <translation>Agregar intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add barrier</source>
        <translation>Agregar barrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add referral</source>
        <translation>Agregar referido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove problem</source>
        <translation>Quitar problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove goal</source>
        <translation>Quitar meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove intervention</source>
        <translation>Quitar intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove barrier</source>
        <translation>Quitar barrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove referral</source>
        <translation>Quitar referido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit plan</source>
        <translation>Editar plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit problem</source>
        <translation>Editar problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit intervention</source>
        <translation>Editar intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit barrier</source>
        <translation>Editar barrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit referral</source>
        <translation>Editar referido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move problem</source>
        <translation>Mover problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move goal</source>
        <translation>Mover meta</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Add from library</source>
        <translation>Agregar de la biblioteca</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove this problem and the %1 items under it?</source>
        <translation>¿Quitar este problema y los %1 elementos que contiene?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this goal and the %1 items under it?</source>
        <translation>¿Quitar esta meta y los %1 elementos que contiene?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this item and the %1 items under it?</source>
        <translation>¿Quitar este elemento y los %1 elementos que contiene?</translation>
    </message>
</context>
<context>
    <name>CareTeamForm</name>
    <message>
        <location filename="../../ui/chart/forms.py" line="+34"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization</source>
        <translation>Or&amp;ganización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialt&amp;y</source>
        <translation>&amp;Especialidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;PI</source>
        <translation>N&amp;PI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>Teléf&amp;ono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fax</source>
        <translation>&amp;Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medical home (the member&apos;s PCP)</source>
        <translation>&amp;Hogar médico (el PCP del afiliado/a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tive on the team</source>
        <translation>&amp;Activo en el equipo</translation>
    </message>
</context>
<context>
    <name>CareTeamModel</name>
    <message>
        <location filename="../../ui/chart/models.py" line="+45"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (medical home)</source>
        <translation>%1 (hogar médico)</translation>
    </message>
</context>
<context>
    <name>Caseload</name>
    <message>
        <location filename="../../ui/caseload/cells.py" line="+40"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue · %1</source>
        <translation>Vencido · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · interpreter</source>
        <translation>%1 · intérprete</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interpreter needed</source>
        <translation>Requiere intérprete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born %1</source>
        <translation>Nació el %1</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../ui/caseload/model.py" line="+96"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan ID</source>
        <translation>ID de afiliado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk tier</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../ui/caseload/page.py" line="+62"/>
        <location line="+48"/>
        <source>Caseload</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Name, plan ID or phone</source>
        <translation>Nombre, ID o teléfono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All tiers</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Overdue only</source>
        <translation>Solo &amp;vencidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risk tier:</source>
        <translation>&amp;Riesgo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Find in caseload</source>
        <translation>Buscar en la lista de casos</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading the caseload</source>
        <translation>Cargando la lista de casos</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>1 member</source>
        <translation>1 afiliado/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 members</source>
        <translation>%1 afiliados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 members</source>
        <translation>%1 de %2 afiliados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No members match these filters. Clear the filters to see everyone.</source>
        <translation>Ningún afiliado coincide con estos filtros. Limpie los filtros para ver a todos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your caseload is empty. Add a member with File › New referral… (Ctrl+N).</source>
        <translation>Su lista de casos está vacía. Agregue un afiliado con Archivo › Nuevo referido… (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <location filename="../../ui/careplan/versions.py" line="+154"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChangePassphrasePanel</name>
    <message>
        <location filename="../../ui/settings/passphrase.py" line="+21"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña act&amp;ual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+30"/>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your data stays as it is; only the key that opens it is locked again under the new passphrase.</source>
        <translation>Sus datos no cambian; solo la llave que los abre queda protegida con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Se cambió la frase de contraseña. Desde ahora, use la nueva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current passphrase is not correct. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts. Wait a moment, then try again.</source>
        <translation>Demasiados intentos fallidos. Espere un momento y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ChartBanner</name>
    <message>
        <location filename="../../ui/chart/banner.py" line="+38"/>
        <source>Member summary</source>
        <translation>Resumen del afiliado/a</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 %2</source>
        <comment>first name, last name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 risk</source>
        <translation>Riesgo: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none on file</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 years, born %2</source>
        <translation>%1 años, nació el %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan ID %1</source>
        <translation>ID de afiliado %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · interpreter needed</source>
        <translation> · requiere intérprete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allergies: %1</source>
        <translation>Alergias: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allergies: NKDA</source>
        <translation>Alergias: NKDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Allergies not recorded</source>
        <translation>⚠ Alergias no registradas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PCP: not recorded</source>
        <translation>PCP: no registrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCP: %1</source>
        <translation>PCP: %1</translation>
    </message>
</context>
<context>
    <name>ChartDialogs</name>
    <message>
        <location filename="../../ui/chart/dialogs.py" line="+30"/>
        <source>Add a medication</source>
        <translation>Agregar un medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an allergy</source>
        <translation>Agregar una alergia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit allergy</source>
        <translation>Editar alergia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an ED visit or admission</source>
        <translation>Agregar una visita a urgencias u hospitalización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit ED visit or admission</source>
        <translation>Editar visita a urgencias u hospitalización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a care team member</source>
        <translation>Agregar un miembro del equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit care team member</source>
        <translation>Editar miembro del equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a consent</source>
        <translation>Registrar un consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit consent</source>
        <translation>Editar consentimiento</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stop %1</source>
        <translation>Suspender %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review each active medication with the member: how are they taking it?</source>
        <translation>Revise con el afiliado/a cada medicamento activo: ¿cómo lo está tomando?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconcile medications</source>
        <translation>Conciliar medicamentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Marcar como revisado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit member details</source>
        <translation>Editar datos del afiliado/a</translation>
    </message>
</context>
<context>
    <name>ChartModels</name>
    <message>
        <location filename="../../ui/chart/models.py" line="+50"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization event</source>
        <translation>Evento de utilización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care team member</source>
        <translation>Miembro del equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <location filename="../../ui/shell/charts.py" line="+45"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/chart/chart.py" line="+63"/>
        <source>Opening the chart…</source>
        <translation>Abriendo el expediente…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conditions recorded. Add one with Insert.</source>
        <translation>No hay afecciones registradas. Agregue una con Insert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add condition…</source>
        <translation>&amp;Agregar afección…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ED visits or admissions recorded.</source>
        <translation>No hay visitas a urgencias ni hospitalizaciones registradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add visit or admission…</source>
        <translation>&amp;Agregar visita u hospitalización…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consents recorded.</source>
        <translation>No hay consentimientos registrados.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record consent…</source>
        <translation>&amp;Registrar consentimiento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Access log</source>
        <translation>Registro de accesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one has opened this chart yet.</source>
        <translation>Nadie ha abierto este expediente todavía.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+23"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts &amp;&amp; care team</source>
        <translation>Contactos y equipo de atención</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening the chart</source>
        <translation>Abriendo el expediente</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The chart was closed when Carefield locked.</source>
        <translation>El expediente se cerró cuando Carefield se bloqueó.</translation>
    </message>
</context>
<context>
    <name>ChoiceGroup</name>
    <message>
        <location filename="../../ui/encounter/attempt.py" line="+46"/>
        <source>%1  %2</source>
        <comment>digit, choice</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>ClockModel</name>
    <message>
        <location filename="../../ui/tasks/model.py" line="+142"/>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grace until</source>
        <translation>Gracia hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Met on</source>
        <translation>Cumplido el</translation>
    </message>
</context>
<context>
    <name>ClosureRequestsDialog</name>
    <message>
        <location filename="../../ui/encounter/closures.py" line="+75"/>
        <source>Closure requests</source>
        <translation>Solicitudes de cierre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending closure requests</source>
        <translation>Solicitudes de cierre pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No closure request is waiting for review.</source>
        <translation>No hay solicitudes de cierre pendientes de revisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision note</source>
        <translation>Nota de la decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;note</source>
        <translation>&amp;Nota de la decisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Approve and close the case</source>
        <translation>&amp;Aprobar y cerrar el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deny</source>
        <translation>&amp;Rechazar</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../../ui/chart/condition_dialog.py" line="+44"/>
        <source>Edit condition</source>
        <translation>Editar afección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a condition</source>
        <translation>Agregar una afección</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Words or a code, e.g. diabetes kidney or E11.2</source>
        <translation>Palabras en inglés o un código, p. ej., diabetes kidney o E11.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an ICD-10 code</source>
        <translation>Buscar un código ICD-10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching ICD-10 codes</source>
        <translation>Códigos ICD-10 que coinciden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find a code:</source>
        <translation>&amp;Buscar un código:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;de</source>
        <translation>Códi&amp;go</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Searching ICD-10 codes</source>
        <translation>Buscando códigos ICD-10</translation>
    </message>
</context>
<context>
    <name>ConditionFields</name>
    <message>
        <location filename="../../ui/chart/forms.py" line="-58"/>
        <source>Descri&amp;ption</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Onset</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary co&amp;ndition</source>
        <translation>Afección &amp;principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>ConditionsModel</name>
    <message>
        <location filename="../../ui/chart/models.py" line="-154"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../ui/sync/conflicts_model.py" line="+38"/>
        <source>Whole change refused</source>
        <translation>Cambio rechazado por completo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server gave no reason.</source>
        <translation>El servidor no indicó el motivo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(no longer on this laptop)</source>
        <translation>(ya no está en esta computadora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location line="+6"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this laptop</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../ui/sync/conflicts.py" line="+42"/>
        <location line="+12"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No conflicts. When the same detail is changed on this laptop and elsewhere, both versions appear here for you to choose.</source>
        <translation>No hay conflictos. Cuando el mismo dato se cambie en esta computadora y en otro lugar, las dos versiones aparecerán aquí para que usted elija.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last decision</source>
        <translation>Última decisión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each row is a detail changed on this laptop and elsewhere before either synced, or a change the server refused. What you keep is sent to everyone at the next sync.</source>
        <translation>Cada fila es un dato que se cambió en esta computadora y en otro lugar antes de sincronizarse, o un cambio que el servidor rechazó. Lo que usted conserve se enviará a todos en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keep &amp;mine</source>
        <translation>Conservar &amp;mi versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la del &amp;servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>Marcar como &amp;visto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change was not saved on the server or on any other laptop. Acknowledge removes it from this list; if the information is still needed, record it again in a way the record allows (for a signed note, an addendum).</source>
        <translation>Este cambio no se guardó en el servidor ni en ninguna otra computadora. “Marcar como visto” lo quita de esta lista; si la información todavía hace falta, vuelva a registrarla de una forma que el expediente permita (para una nota firmada, una adenda).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading conflicts</source>
        <translation>Cargando los conflictos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To review: %1</source>
        <translation>Por revisar: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your change (refused)</source>
        <translation>Su cambio (rechazado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On this laptop</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused by the server</source>
        <translation>rechazado por el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kept this laptop&apos;s version. It goes to the server at the next sync.</source>
        <translation>Se conservó la versión de esta computadora. Se enviará al servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept the server&apos;s version. It goes to every laptop at the next sync.</source>
        <translation>Se conservó la versión del servidor. Llegará a todas las computadoras en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept your edited value. It goes to the server at the next sync.</source>
        <translation>Se conservó el valor que usted editó. Se enviará al servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged. The refused change was not saved.</source>
        <translation>Marcado como visto. El cambio rechazado no se guardó.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../ui/sync/signin.py" line="+179"/>
        <source>Connect to a Carefield server</source>
        <translation>Conectarse a un servidor de Carefield</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your organisation gives you the server&apos;s address and your user name. Carefield keeps working offline and syncs whenever the server can be reached.</source>
        <translation>Su organización le da la dirección del servidor y su nombre de usuario. Carefield sigue funcionando sin conexión y se sincroniza cada vez que puede comunicarse con el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter your user name and password.</source>
        <translation>Escriba su usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sending changes: %1 of %2</source>
        <translation>Enviando cambios: %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving the caseload: %1</source>
        <translation>Recibiendo la lista de casos: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected, but the first sync did not finish: %1 Carefield will try again automatically.</source>
        <translation>Conectado, pero la primera sincronización no terminó: %1 Carefield lo volverá a intentar automáticamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../../ui/chart/forms.py" line="+60"/>
        <source>&amp;Type of consent</source>
        <translation>&amp;Tipo de consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided &amp;on</source>
        <translation>&amp;Fecha de la decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires on</source>
        <translation>Fecha de &amp;vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <location filename="../../ui/chart/models.py" line="+97"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../ui/chart/forms.py" line="-36"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;lationship</source>
        <translation>&amp;Parentesco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. daughter</source>
        <translation>p. ej., hija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary careg&amp;iver</source>
        <translation>Cuidador/a principa&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HIPAA authorization on file</source>
        <translation>Autorización &amp;HIPAA registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authori&amp;zed on</source>
        <translation>Fecha de autori&amp;zación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/chart/models.py" line="-41"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HIPAA authorization</source>
        <translation>Autorización HIPAA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary caregiver</source>
        <translation>Cuidador/a principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not on file</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On file since %1</source>
        <translation>Registrada desde el %1</translation>
    </message>
</context>
<context>
    <name>DamagedPanel</name>
    <message>
        <location filename="../../ui/login/damaged.py" line="+49"/>
        <location line="+65"/>
        <source>Recovering</source>
        <translation>Recuperando</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>&amp;Recover now</source>
        <translation>&amp;Recuperar ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your caseload file is damaged</source>
        <translation>El archivo de sus casos está dañado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your passphrase is right, but part of the data file on this laptop can no longer be read. This happens when a disk fails, when the laptop loses power while saving, or when the file was changed outside Carefield. Carefield can do the following:</source>
        <translation>Su frase de contraseña es correcta, pero una parte del archivo de datos de esta computadora portátil ya no se puede leer. Esto sucede cuando falla un disco, cuando la computadora se queda sin energía mientras guarda o cuando el archivo se modificó fuera de Carefield. Carefield puede hacer lo siguiente:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Save the changes not yet sent to the server that can still be read, into a new encrypted file in the data folder.
2. Keep the damaged file, renamed, so your support team can look at it. Nothing is deleted.
3. Start a new, empty caseload file under the same passphrase. If this laptop syncs with a server, sign in again and sync: your caseload is downloaded and the saved changes are sent. If it does not, your data must be restored from a backup.</source>
        <translation>1. Guardar los cambios que aún no se enviaron al servidor y que todavía se pueden leer en un archivo cifrado nuevo en la carpeta de datos.
2. Conservar el archivo dañado, con otro nombre, para que su equipo de soporte pueda revisarlo. No se borra nada.
3. Empezar un archivo de casos nuevo y vacío con la misma frase de contraseña. Si esta computadora se sincroniza con un servidor, inicie sesión de nuevo y sincronice: se descargarán sus casos y se enviarán los cambios guardados. Si no, sus datos deberán restaurarse desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Open Carefield</source>
        <translation>&amp;Abrir Carefield</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery finished</source>
        <translation>Recuperación terminada</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Changes saved from the damaged file: %1.</source>
        <translation>Cambios guardados del archivo dañado: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes that could not be read: %1.</source>
        <translation>Cambios que no se pudieron leer: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The damaged file was kept as %1 in the data folder.</source>
        <translation>El archivo dañado se conservó como %1 en la carpeta de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to the server again (Settings, Server), then sync: your caseload is downloaded and the saved changes are sent.</source>
        <translation>Inicie sesión de nuevo en el servidor (Configuración, Servidor) y luego sincronice: se descargarán sus casos y se enviarán los cambios guardados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop is not connected to a server, so your caseload cannot be downloaded. Ask your support team to restore it from a backup.</source>
        <translation>Esta computadora no está conectada a un servidor, así que sus casos no se pueden descargar. Pida a su equipo de soporte que los restaure desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/widgets/dates.py" line="+30"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Y</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>must be a date such as %1</source>
        <translation>debe ser una fecha como %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1 days</source>
        <translation>en %1 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <location filename="../../ui/tasks/dialogs.py" line="+62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../ui/encounter/drafts.py" line="+43"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown member</source>
        <translation>Afiliado/a desconocido/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beginning of the note</source>
        <translation>Inicio de la nota</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../ui/today/model.py" line="+47"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <location filename="../../ui/referral/duplicates.py" line="+41"/>
        <source>Members already on file</source>
        <translation>Afiliados ya registrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open existing chart</source>
        <translation>Abrir el e&amp;xpediente existente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a diff&amp;erent person</source>
        <translation>Es otra per&amp;sona</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>⚠ This plan member ID is already on file. A plan ID belongs to one member: open their chart, or check the ID on the referral.</source>
        <translation>⚠ Este ID de afiliado ya está registrado. Cada ID pertenece a un solo afiliado: abra su expediente o verifique el ID en el referido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ A member with this name and date of birth is already on file. Is this the same person?</source>
        <translation>⚠ Ya hay un afiliado registrado con este nombre y fecha de nacimiento. ¿Es la misma persona?</translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <location filename="../../ui/sync/edit_value.py" line="+29"/>
        <source>Edit “%1”</source>
        <translation>Editar “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On this laptop:</source>
        <translation>En esta computadora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server:</source>
        <translation>En el servidor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New value for %1</source>
        <translation>Nuevo valor para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;value:</source>
        <translation>Nuevo &amp;valor:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep this value</source>
        <translation>&amp;Conservar este valor</translation>
    </message>
</context>
<context>
    <name>EncounterCommands</name>
    <message>
        <location filename="../../ui/encounter/commands.py" line="+23"/>
        <source>&amp;New encounter note…</source>
        <translation>&amp;Nueva nota de encuentro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log contact &amp;attempt…</source>
        <translation>Registrar &amp;intento de contacto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program &amp;status…</source>
        <translation>E&amp;stado en el programa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unfinished notes…</source>
        <translation>Notas sin &amp;terminar…</translation>
    </message>
</context>
<context>
    <name>EncounterEditor</name>
    <message>
        <location filename="../../ui/encounter/editor.py" line="+53"/>
        <source>Note — %1</source>
        <translation>Nota — %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved as you type. A signed note cannot be edited; later changes are addenda.</source>
        <translation>Se guarda mientras escribe. Una nota firmada no se puede editar; los cambios posteriores son adendas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved yet</source>
        <translation>Aún no se ha guardado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve draft</source>
        <translation>Guardar &amp;borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>D&amp;escartar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start ne&amp;w assessment…</source>
        <translation>Iniciar nue&amp;va evaluación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an assessment for this member</source>
        <translation>Iniciar una evaluación para este afiliado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start assessment</source>
        <translation>Iniciar evaluación</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Sign this note?</source>
        <translation>¿Firmar esta nota?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed notes cannot be edited; later changes are addenda.</source>
        <translation>Las notas firmadas no se pueden editar; los cambios posteriores son adendas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The end must not be before the start.</source>
        <translation>El fin no puede ser anterior al inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the note before signing.</source>
        <translation>Escriba la nota antes de firmar.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signing the note</source>
        <translation>Firmando la nota</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Discard this note?</source>
        <translation>¿Descartar esta nota?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this note will be deleted. This cannot be undone.</source>
        <translation>Se borrará lo que escribió en esta nota. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 — %2</source>
        <comment>date — assessment</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>EncounterForm</name>
    <message>
        <location filename="../../ui/encounter/form.py" line="+61"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;art</source>
        <translation>&amp;Hora de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End</source>
        <translation>Hora de fi&amp;n</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>computed from start and end; you can change it</source>
        <translation>calculado a partir del inicio y el fin; puede cambiarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min&amp;utes</source>
        <translation>&amp;Minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. member&apos;s home, clinic, by phone</source>
        <translation>p. ej., hogar del afiliado/a, clínica, por teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;ocation</source>
        <translation>Lu&amp;gar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No template</source>
        <translation>Sin plantilla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Who took part</source>
        <translation>Quiénes participaron</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The note already has text, so the template was not inserted.</source>
        <translation>La nota ya tiene texto, así que no se insertó la plantilla.</translation>
    </message>
</context>
<context>
    <name>EncounterLabels</name>
    <message>
        <location filename="../../ui/encounter/labels.py" line="+16"/>
        <source>Home visit</source>
        <translation>Visita domiciliaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephonic</source>
        <translation>Telefónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video visit</source>
        <translation>Videoconsulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Contact attempt</source>
        <translation>Intento de contacto</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+37"/>
        <source>Case conference</source>
        <translation>Conferencia de caso</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Provider communication</source>
        <translation>Comunicación con el proveedor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended</source>
        <translation>Enmendada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered in error</source>
        <translation>Registrada por error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late entry</source>
        <translation>Registro tardío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left voicemail</source>
        <translation>Dejó mensaje de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declinó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Member</source>
        <translation>Afi&amp;liado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care&amp;giver</source>
        <translation>C&amp;uidador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpreter</source>
        <translation>&amp;Intérprete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family</source>
        <translation>Famili&amp;ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;CP</source>
        <translation>P&amp;CP</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>BP diastolic</source>
        <translation>PA diastólica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse</source>
        <translation>Pulso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respirations</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glucose</source>
        <translation>Glucosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain (0–10)</source>
        <translation>Dolor (0–10)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Goals met</source>
        <translation>Metas cumplidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member declined</source>
        <translation>El afiliado/a declinó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unable to reach</source>
        <translation>No localizable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Se mudó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disenrolled from the plan</source>
        <translation>Se dio de baja del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>Falleció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PHQ-9 depression</source>
        <translation>PHQ-9 depresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PHQ-2 depression screen</source>
        <translation>PHQ-2 detección de depresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAD-7 anxiety</source>
        <translation>GAD-7 ansiedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Katz ADL</source>
        <translation>Katz AVD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawton IADL</source>
        <translation>Lawton AIVD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STEADI falls risk</source>
        <translation>STEADI riesgo de caídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health-related social needs</source>
        <translation>Necesidades sociales relacionadas con la salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial assessment</source>
        <translation>Evaluación inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver needs</source>
        <translation>Necesidades del cuidador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication adherence</source>
        <translation>Adherencia a medicamentos</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Home visit (SOAP)</source>
        <translation>Visita domiciliaria (SOAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephonic check-in</source>
        <translation>Seguimiento telefónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BP s&amp;ystolic</source>
        <translation>PA &amp;sistólica</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>/min</source>
        <translation>/min</translation>
    </message>
</context>
<context>
    <name>EncounterPart</name>
    <message>
        <location filename="../../ui/encounter/chart_part.py" line="+47"/>
        <source>Outreach: %1 of %2 failed attempts</source>
        <translation>Contacto: %1 de %2 intentos fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unable-to-reach candidate</source>
        <translation>Candidato a no localizable</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Program s&amp;tatus</source>
        <translation>Es&amp;tado en el programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program status actions</source>
        <translation>Acciones del estado en el programa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts and outreach</source>
        <translation>Contactos e intentos</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Minutes this month: %1 · contacts: %2</source>
        <translation>Minutos este mes: %1 · contactos: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No attempts recorded.</source>
        <translation>No hay intentos registrados.</translation>
    </message>
</context>
<context>
    <name>EncountersModel</name>
    <message>
        <location filename="../../ui/encounter/models.py" line="+35"/>
        <source>Date of service</source>
        <translation>Fecha del servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 addenda)</source>
        <comment>status (count)</comment>
        <translation>%1 (%2 adendas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (1 addendum)</source>
        <translation>%1 (1 adenda)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/widgets/rule_text.py" line="+30"/>
        <source>Plan member ID</source>
        <translation>ID de afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter needed</source>
        <translation>Requiere intérprete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision needs</source>
        <translation>Necesidades visuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing needs</source>
        <translation>Necesidades auditivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural preferences</source>
        <translation>Preferencias culturales</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Second phone</source>
        <translation>Segundo teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Address line 2</source>
        <translation>Dirección, línea 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential mailing address</source>
        <translation>Dirección postal confidencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best times to reach</source>
        <translation>Mejor horario para contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health plan</source>
        <translation>Plan de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line of business</source>
        <translation>Línea de negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tier</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned nurse</source>
        <translation>Enfermero/a asignado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No known drug allergies (NKDA)</source>
        <translation>Sin alergias conocidas a medicamentos (NKDA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral source</source>
        <translation>Origen del referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral reason</source>
        <translation>Motivo del referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified on</source>
        <translation>Fecha de identificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary caregiver</source>
        <translation>Cuidador/a principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HIPAA authorization on file</source>
        <translation>Autorización HIPAA registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorized on</source>
        <translation>Fecha de autorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical home</source>
        <translation>Hogar médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active on the team</source>
        <translation>Activo en el equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ICD-10 code</source>
        <translation>Código ICD-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary condition</source>
        <translation>Afección principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped on</source>
        <translation>Fecha de suspensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for stopping</source>
        <translation>Motivo de la suspensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted on</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted or seen on</source>
        <translation>Fecha de ingreso o visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged on</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis code (ICD-10)</source>
        <translation>Código de diagnóstico (ICD-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis text</source>
        <translation>Texto del diagnóstico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the member&apos;s words</source>
        <translation>En palabras del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Fecha meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Valor inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Valor meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s priority</source>
        <translation>Prioridad para el afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of intervention</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is addressed</source>
        <translation>Cómo se aborda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of resource</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach it</source>
        <translation>Cómo contactarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred on</source>
        <translation>Referido el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review due</source>
        <translation>Revisión programada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-management plan</source>
        <translation>Plan de autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up schedule</source>
        <translation>Calendario de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver involvement</source>
        <translation>Participación del cuidador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the PCP on</source>
        <translation>Enviado al médico de cabecera el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A caregiver took part</source>
        <translation>Participó un cuidador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver&apos;s name</source>
        <translation>Nombre del cuidador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/login/first_run.py" line="+133"/>
        <source>Set up Carefield</source>
        <translation>Configurar Carefield</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../ui/careplan/forms.py" line="-36"/>
        <source>Goa&amp;l</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Member&apos;s words</source>
        <translation>En &amp;palabras del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the member wants, in their own words</source>
        <translation>Lo que el afiliado quiere, en sus propias palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ime frame</source>
        <translation>P&amp;lazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target date</source>
        <translation>&amp;Fecha meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measu&amp;re</source>
        <translation>Me&amp;dida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. A1c, falls per month</source>
        <translation>p. ej., A1c, caídas por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Baseline</source>
        <translation>Valor &amp;inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targ&amp;et value</source>
        <translation>Valor &amp;objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s &amp;priority</source>
        <translation>P&amp;rioridad del afiliado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
</context>
<context>
    <name>GoalLinkEdit</name>
    <message>
        <location line="-55"/>
        <source>Not linked to a goal</source>
        <translation>Sin vincular a una meta</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../ui/assessment/models.py" line="-25"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>Icd10ResultsModel</name>
    <message>
        <location filename="../../ui/chart/condition_dialog.py" line="-77"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>InProgressModel</name>
    <message>
        <location filename="../../ui/assessment/models.py" line="+9"/>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
</context>
<context>
    <name>InstrumentPicker</name>
    <message>
        <location filename="../../ui/assessment/picker.py" line="+30"/>
        <source>Start assessment — %1</source>
        <translation>Iniciar evaluación — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Instrument (type to find, Enter to start):</source>
        <translation>&amp;Instrumento (escriba para buscar, Intro para iniciar):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../ui/login/integrity_watch.py" line="+36"/>
        <source>Checking the database</source>
        <translation>Revisando la base de datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Carefield</source>
        <translation>Carefield</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carefield found damage in its data file on this laptop: part of it can no longer be read. Keep working only if you must. Lock Carefield (Ctrl+L) and unlock it again to see the ways to recover.</source>
        <translation>Carefield encontró daños en su archivo de datos en esta computadora: una parte ya no se puede leer. Siga trabajando solo si es necesario. Bloquee Carefield (Ctrl+L) y desbloquéelo de nuevo para ver las opciones de recuperación.</translation>
    </message>
</context>
<context>
    <name>InterventionForm</name>
    <message>
        <location filename="../../ui/careplan/forms.py" line="+62"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fre&amp;quency</source>
        <translation>Frecuen&amp;cia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. every 2 weeks by phone</source>
        <translation>p. ej., cada 2 semanas por teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp;on</source>
        <translation>&amp;Vence el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Com&amp;pleted on</source>
        <translation>Com&amp;pletada el</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../ui/careplan/side_panel.py" line="+104"/>
        <source>Choose an item in the plan to see and change it here.</source>
        <translation>Elija un elemento del plan para verlo y cambiarlo aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each field is saved when you leave it; Ctrl+Enter saves at once. Esc goes back to the plan.</source>
        <translation>Cada campo se guarda al salir de él; Ctrl+Intro guarda de inmediato. Esc vuelve al plan.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved at %1</source>
        <translation>Guardado a las %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="+16"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identified</source>
        <translation>Identificado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach</source>
        <translation>Contacto inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscrito/a</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/labels.py" line="+98"/>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <location line="+110"/>
        <source>Declined</source>
        <translation>Declinó</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="-109"/>
        <source>Unable to reach</source>
        <translation>No localizable</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/labels.py" line="-76"/>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="+3"/>
        <source>Basic case management</source>
        <translation>Administración de casos básica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex case management</source>
        <translation>Administración de casos compleja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behavioral health complex CM</source>
        <translation>Casos complejos de salud conductual</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Transplant</source>
        <translation>Trasplante</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+150"/>
        <source>High-risk OB</source>
        <translation>OB de alto riesgo</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Medicare Advantage</source>
        <translation>Medicare Advantage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special needs plan</source>
        <translation>Plan para necesidades especiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medi-Cal</source>
        <translation>Medi-Cal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cal MediConnect</source>
        <translation>Cal MediConnect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/labels.py" line="+38"/>
        <location line="+26"/>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <location line="+14"/>
        <location line="+9"/>
        <location line="+26"/>
        <location line="+12"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="-60"/>
        <location line="+66"/>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Provider referral</source>
        <translation>Referido del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-referral</source>
        <translation>Autorreferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge planning</source>
        <translation>Planificación del alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization data</source>
        <translation>Datos de utilización</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/labels.py" line="-21"/>
        <location filename="../../ui/widgets/label_texts.py" line="+3"/>
        <source>Caregiver</source>
        <translation>Cuidador/a</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <source>Family</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surrogate decision-maker</source>
        <translation>Representante para decisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/labels.py" line="+1"/>
        <location filename="../../ui/widgets/label_texts.py" line="+4"/>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <source>Behavioral health clinician</source>
        <translation>Profesional de salud conductual</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/labels.py" line="-47"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health status</source>
        <translation>Estado de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clinical history and medications</source>
        <translation>Historia clínica y medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily activities (ADL/IADL)</source>
        <translation>Actividades diarias (ABVD/AIVD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behavioral health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social needs</source>
        <translation>Necesidades sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life planning</source>
        <translation>Planificación de vida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture and language</source>
        <translation>Cultura e idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision and hearing</source>
        <translation>Visión y audición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver support</source>
        <translation>Apoyo al cuidador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community resources</source>
        <translation>Recursos comunitarios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Short-term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term</source>
        <translation>Largo plazo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location filename="../../ui/widgets/label_texts.py" line="+91"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially met</source>
        <translation>Cumplida en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not met</source>
        <translation>No cumplida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Discontinued</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care coordination</source>
        <translation>Coordinación de la atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counseling</source>
        <translation>Consejería</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nurse case manager</source>
        <translation>Enfermera administradora de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/widgets/label_texts.py" line="-90"/>
        <source>Pharmacist</source>
        <translation>Farmacéutico/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <source>Social worker</source>
        <translation>Trabajador/a social</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <source>Community resource</source>
        <translation>Recurso comunitario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location filename="../../ui/widgets/label_texts.py" line="+89"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health literacy</source>
        <translation>Conocimientos de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cognition</source>
        <translation>Cognición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivation</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being addressed</source>
        <translation>En atención</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did not go</source>
        <translation>No asistió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Electronic signature</source>
        <translation>Firma electrónica</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+17"/>
        <location filename="../../ui/widgets/label_texts.py" line="-85"/>
        <location line="+6"/>
        <location line="+38"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="-43"/>
        <source>In remission</source>
        <translation>En remisión</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/labels.py" line="+1"/>
        <location line="+52"/>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="-51"/>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <location line="+42"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="-38"/>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sublingual</source>
        <translation>Sublingual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhaled</source>
        <translation>Inhalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcutaneous</source>
        <translation>Subcutánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intramuscular</source>
        <translation>Intramuscular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intravenous</source>
        <translation>Intravenosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topical</source>
        <translation>Tópica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transdermal</source>
        <translation>Transdérmica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eye (ophthalmic)</source>
        <translation>Ojo (oftálmica)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ear (otic)</source>
        <translation>Oído (ótica)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nasal</source>
        <translation>Nasal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectal</source>
        <translation>Rectal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Takes as prescribed</source>
        <translation>Como se indicó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sometimes misses</source>
        <translation>A veces omite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taking</source>
        <translation>No lo toma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food</source>
        <translation>Alimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Ambiental</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refuted</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ED visit</source>
        <translation>Visita a urgencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inpatient admission</source>
        <translation>Hospitalización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readmission</source>
        <translation>Reingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation stay</source>
        <translation>Estancia en observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNF stay</source>
        <translation>Estancia en SNF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Program participation</source>
        <translation>Participación en el programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HIPAA authorization</source>
        <translation>Autorización HIPAA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information sharing</source>
        <translation>Intercambio de información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telehealth</source>
        <translation>Telesalud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given</source>
        <translation>Otorgó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Revocó</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/labels.py" line="+62"/>
        <location filename="../../ui/widgets/label_texts.py" line="+3"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <source>Written</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="+1"/>
        <source>Electronic</source>
        <translation>Electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Viewed</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved</source>
        <translation>Conflicto resuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilization</source>
        <translation>Utilización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care plan</source>
        <translation>Plan de cuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Basic CM</source>
        <translation>Básica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex CM</source>
        <translation>Compleja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BH complex CM</source>
        <translation>Salud conductual</translation>
    </message>
</context>
<context>
    <name>LanguageEdit</name>
    <message>
        <location filename="../../ui/widgets/editors.py" line="+107"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../../ui/widgets/label_texts.py" line="+9"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filipino</source>
        <translation>Tagalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian</source>
        <translation>Armenio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer</source>
        <translation>Jemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Punjabi</source>
        <translation>Panyabí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
</context>
<context>
    <name>LibraryPicker</name>
    <message>
        <location filename="../../ui/careplan/library_picker.py" line="+70"/>
        <source>Add a problem from the library</source>
        <translation>Agregar un problema de la biblioteca</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type part of a problem, e.g. diabetes or food</source>
        <translation>Escriba parte de un problema, p. ej., diabetes o alimentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library problems</source>
        <translation>Problemas de la biblioteca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domain</source>
        <translation>Área</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No library problem matches what you typed.</source>
        <translation>Ningún problema de la biblioteca coincide con lo que escribió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add to plan</source>
        <translation>&amp;Agregar al plan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the plan in &amp;language:</source>
        <translation>Escribir el plan en el &amp;idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Choose a problem to see its goals.</source>
        <translation>Elija un problema para ver sus metas.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Goals to add</source>
        <translation>Metas que se agregarán</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referral: %1</source>
        <translation>Referido: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-management: %1</source>
        <translation>Autocuidado: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barrier, %1: %2</source>
        <translation>Barrera, %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>target date in %1 months</source>
        <translation>fecha meta en %1 meses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure: %1</source>
        <translation>medida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target: %1</source>
        <translation>meta: %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../ui/encounter/lifecycle.py" line="+64"/>
        <source>Start outreach</source>
        <translation>Iniciar el contacto inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started on</source>
        <translation>&amp;Iniciado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start outreach</source>
        <translation>&amp;Iniciar el contacto inicial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enroll in the program</source>
        <translation>Inscribir en el programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member agrees to take part; their consent is recorded.</source>
        <translation>El afiliado acepta participar; se registra su consentimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enrolled on</source>
        <translation>&amp;Inscrito el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Consent given</source>
        <translation>&amp;Consentimiento otorgado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member declined</source>
        <translation>El afiliado no aceptó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declined on</source>
        <translation>&amp;No aceptó el</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Record decline</source>
        <translation>&amp;Registrar el rechazo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark unable to reach</source>
        <translation>Marcar como imposible de contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark unable to reach</source>
        <translation>&amp;Marcar como imposible de contactar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Closing because the member declined or could not be reached goes to the ICT: it waits for a supervisor&apos;s approval.</source>
        <translation>El cierre porque el afiliado no aceptó o no se le pudo contactar pasa al equipo interdisciplinario (ICT): espera la aprobación de un supervisor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the case</source>
        <translation>Cerrar el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closed on</source>
        <translation>&amp;Cerrado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close case</source>
        <translation>&amp;Cerrar el caso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The closure request was sent for ICT review. The case stays open until a supervisor approves it; offline, the request waits for the next sync.</source>
        <translation>La solicitud de cierre se envió para revisión del ICT. El caso sigue abierto hasta que un supervisor la apruebe; sin conexión, la solicitud espera a la próxima sincronización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closure requested</source>
        <translation>Cierre solicitado</translation>
    </message>
</context>
<context>
    <name>LogAttemptDialog</name>
    <message>
        <location filename="../../ui/encounter/attempt.py" line="+29"/>
        <source>Log a contact attempt — %1</source>
        <translation>Registrar un intento de contacto — %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Press a digit for the channel, then one for the outcome, then Enter.</source>
        <translation>Pulse un dígito para el medio, otro para el resultado y luego Enter.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the outcome: press a digit from 1 to 5.</source>
        <translation>Elija el resultado: pulse un dígito del 1 al 5.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/window.py" line="+52"/>
        <source>Carefield</source>
        <translation>Carefield</translation>
    </message>
    <message>
        <location filename="../../ui/selftest.py" line="+37"/>
        <location filename="../../ui/shell/window.py" line="+40"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="+0"/>
        <location line="+20"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caseload</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open charts</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Sync now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print / export…</source>
        <translation>&amp;Imprimir o exportar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New referral…</source>
        <translation>&amp;Nuevo referido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Chart</source>
        <translation>E&amp;xpediente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Carefield</source>
        <translation>&amp;Acerca de Carefield</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Lista de casos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;asks</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;onflicts</source>
        <translation>C&amp;onflictos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open c&amp;harts</source>
        <translation>E&amp;xpedientes abiertos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find member…</source>
        <translation>&amp;Buscar afiliado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close chart</source>
        <translation>&amp;Cerrar expediente</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 %2 was added to your caseload.</source>
        <translation>%1 %2 se agregó a su lista de casos.</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../ui/referral/duplicates.py" line="-44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan member ID</source>
        <translation>ID de afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>MedicationForm</name>
    <message>
        <location filename="../../ui/chart/forms.py" line="-68"/>
        <source>Na&amp;me</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Metformin</source>
        <translation>p. ej., metformina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 500 mg</source>
        <translation>p. ej., 500 mg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Route</source>
        <translation>&amp;Vía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frequency</source>
        <translation>&amp;Frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. twice daily with meals</source>
        <translation>p. ej., dos veces al día con las comidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indication</source>
        <translation>&amp;Indicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prescriber</source>
        <translation>&amp;Recetado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarted</source>
        <translation>Fec&amp;ha de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adherence</source>
        <translation>&amp;Adherencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>MedicationsModel</name>
    <message>
        <location filename="../../ui/chart/models.py" line="-66"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reconciled</source>
        <translation>Última conciliación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indication</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prescriber</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped %1</source>
        <translation>Suspendido el %1</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <location filename="../../ui/chart/medications_tab.py" line="+22"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No medications recorded. Add one with Insert.</source>
        <translation>No hay medicamentos registrados. Agregue uno con Insert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add medication…</source>
        <translation>&amp;Agregar medicamento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconcile…</source>
        <translation>&amp;Conciliar…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reconcile medications</source>
        <translation>Conciliar medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no active medications to review.</source>
        <translation>No hay medicamentos activos que revisar.</translation>
    </message>
</context>
<context>
    <name>MemberAndNoteSearch</name>
    <message>
        <location filename="../../ui/timeline/search.py" line="+58"/>
        <source>Find a member or words in a note</source>
        <translation>Buscar un afiliado o palabras de una nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Matching notes</source>
        <translation>Notas que coinciden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Down selects a note · Enter opens it · Esc closes</source>
        <translation>Abajo elige una nota · Intro la abre · Esc cierra</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/reports/member_picker.py" line="+21"/>
        <location filename="../../ui/tasks/dialogs.py" line="+27"/>
        <source>Type a name or plan ID</source>
        <translation>Escriba un nombre o ID de afiliado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/tasks/dialogs.py" line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>matches no member of your caseload</source>
        <translation>no coincide con ningún afiliado de su lista de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matches %1 members: type more of the name, or pick one from the list</source>
        <translation>coincide con %1 afiliados: escriba más del nombre o elija uno de la lista</translation>
    </message>
</context>
<context>
    <name>MemberPriorityEdit</name>
    <message>
        <location filename="../../ui/careplan/forms.py" line="-91"/>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <location filename="../../ui/shell/search.py" line="+45"/>
        <source>Find a member: name, plan ID or phone</source>
        <translation>Buscar afiliado: nombre, ID de afiliado o teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a member</source>
        <translation>Buscar un afiliado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching members</source>
        <translation>Afiliados que coinciden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Type at least two letters, or four digits of a phone number.</source>
        <translation>Escriba al menos dos letras o cuatro dígitos de un teléfono.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The search did not finish. Try again.</source>
        <translation>La búsqueda no terminó. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter opens the chart · Esc closes</source>
        <translation>Enter abre el expediente · Esc cierra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No member matches.</source>
        <translation>Ningún afiliado coincide.</translation>
    </message>
</context>
<context>
    <name>MemberTasksPart</name>
    <message>
        <location filename="../../ui/tasks/chart_part.py" line="+81"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
</context>
<context>
    <name>MemberTasksTab</name>
    <message>
        <location line="-45"/>
        <location line="+12"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>No program requirements apply yet.</source>
        <translation>Todavía no se aplica ningún requisito del programa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the program promises this member, from the record as it stands: met on time, late, or still open.</source>
        <translation>Lo que el programa le garantiza a este afiliado, según el expediente actual: cumplido a tiempo, con retraso o aún pendiente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The member&apos;s tasks</source>
        <translation>Tareas del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tasks for this member. Add one with New task… (Insert).</source>
        <translation>Este afiliado no tiene tareas pendientes. Agregue una con Nueva tarea… (Insert).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="+19"/>
        <source>Please check “%1”: %2</source>
        <translation>Revise “%1”: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo en %1 segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That passphrase is not correct.</source>
        <translation>Esa frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That recovery code is not correct.</source>
        <translation>Ese código de recuperación no es correcto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carefield is locked. Unlock it to continue.</source>
        <translation>Carefield está bloqueado. Desbloquéelo para continuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That record no longer exists. It may have been removed by a sync.</source>
        <translation>Ese registro ya no existe. Es posible que una sincronización lo haya eliminado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data file could not be opened. Contact support before trying again.</source>
        <translation>No se pudo abrir el archivo de datos. Comuníquese con soporte técnico antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change is not allowed: %1</source>
        <translation>Este cambio no está permitido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync did not finish: %1</source>
        <translation>La sincronización no terminó: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong (%1). Your data is safe; please try again.</source>
        <translation>Algo salió mal (%1). Sus datos están seguros; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Carefield</source>
        <translation>Carefield</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>NavList</name>
    <message>
        <location filename="../../ui/shell/nav.py" line="+20"/>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NeedsForm</name>
    <message>
        <location filename="../../ui/chart/member_forms.py" line="+61"/>
        <source>Needs and preferences</source>
        <translation>Necesidades y preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred lan&amp;guage</source>
        <translation>&amp;Idioma preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Requiere intérprete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vision needs</source>
        <translation>Necesidades &amp;visuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hearing needs</source>
        <translation>Necesidades &amp;auditivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ultural preferences</source>
        <translation>Preferencias c&amp;ulturales</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../ui/login/new_passphrase.py" line="+69"/>
        <source>Type the passphrase again</source>
        <translation>Escriba la frase de contraseña otra vez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type it &amp;again:</source>
        <translation>&amp;Escríbala otra vez:</translation>
    </message>
</context>
<context>
    <name>NewPassphrasePanel</name>
    <message>
        <location filename="../../ui/login/recovery.py" line="+107"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Saving the new passphrase</source>
        <translation>Guardando la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Save and open Carefield</source>
        <translation>&amp;Guardar y abrir Carefield</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your recovery code worked. Choose a new passphrase now: the old one will no longer open Carefield. Your recovery code stays the same.</source>
        <translation>Su código de recuperación funcionó. Elija ahora una nueva frase de contraseña: la anterior ya no abrirá Carefield. Su código de recuperación no cambia.</translation>
    </message>
</context>
<context>
    <name>NoteHitsModel</name>
    <message>
        <location filename="../../ui/timeline/models.py" line="+114"/>
        <source>Date of service</source>
        <translation>Fecha del servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching text</source>
        <translation>Texto que coincide</translation>
    </message>
</context>
<context>
    <name>NoteResultsModel</name>
    <message>
        <location filename="../../ui/timeline/search.py" line="-87"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2, %3: %4</source>
        <translation>%1 — %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>NoteViewer</name>
    <message>
        <location filename="../../ui/encounter/viewer.py" line="+64"/>
        <source>Note and its history</source>
        <translation>La nota y su historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;addendum…</source>
        <translation>Agregar &amp;adenda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Late entry…</source>
        <translation>&amp;Registro tardío…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correction…</source>
        <translation>&amp;Corrección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark entered in &amp;error…</source>
        <translation>Marcar como registrada por &amp;error…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — signed by %2 on %3</source>
        <translation>%1 — firmada por %2 el %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed notes are read-only; changes are added below.</source>
        <translation>Las notas firmadas son de solo lectura; los cambios se agregan abajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered in error</source>
        <translation>Registrada por error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes:</source>
        <translation>Minutos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who took part:</source>
        <translation>Quiénes participaron:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by:</source>
        <translation>Escrita por:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original note</source>
        <translation>Nota original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>language: %1</source>
        <translation>idioma: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>abnormal</source>
        <translation>fuera de rango</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vitals:</source>
        <translation>Signos vitales:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2, signed %3</source>
        <translation>%1 — %2, firmada el %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About the date of service:</source>
        <translation>Sobre la fecha del servicio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../ui/encounter/notes_tab.py" line="+26"/>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No encounters yet. Write a note with Ctrl+E or log a contact attempt with Ctrl+Shift+A.</source>
        <translation>Aún no hay encuentros. Escriba una nota con Ctrl+E o registre un intento de contacto con Ctrl+Mayús+A.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New note…</source>
        <translation>&amp;Nueva nota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;attempt…</source>
        <translation>Registrar &amp;intento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open note</source>
        <translation>&amp;Abrir nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2)</source>
        <comment>command (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Minutes this month: %1</source>
        <translation>Minutos este mes: %1</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../ui/chart/overview.py" line="+42"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location line="+20"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reaching them</source>
        <translation>Cómo contactarle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>Segundo teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best times</source>
        <translation>Mejor horario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential address</source>
        <translation>Dirección confidencial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and program</source>
        <translation>Plan y programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health plan</source>
        <translation>Plan de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line of business</source>
        <translation>Línea de negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan member ID</source>
        <translation>ID de afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk tier</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred by</source>
        <translation>Referido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral reason</source>
        <translation>Motivo del referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified on</source>
        <translation>Fecha de identificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs and preferences</source>
        <translation>Necesidades y preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter needed</source>
        <translation>Requiere intérprete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing</source>
        <translation>Audición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultural preferences</source>
        <translation>Preferencias culturales</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <location filename="../../ui/login/new_passphrase.py" line="-45"/>
        <source>Too common: choose something harder to guess.</source>
        <translation>Demasiado común: elija algo más difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not just one character repeated.</source>
        <translation>No puede ser un solo carácter repetido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 characters (at least %2)</source>
        <translation>%1 caracteres (mínimo %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of at least %2 characters</source>
        <translation>%1 de un mínimo de %2 caracteres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two entries match.</source>
        <translation>Las dos entradas coinciden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The two entries differ.</source>
        <translation>Las dos entradas son distintas.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/login/first_run.py" line="-75"/>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use at least 12 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Use al menos 12 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating your encrypted vault…</source>
        <translation>Creando su bóveda cifrada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Creating your vault</source>
        <translation>Creando su bóveda</translation>
    </message>
</context>
<context>
    <name>PassphrasePanel</name>
    <message>
        <location filename="../../ui/login/passphrase_panel.py" line="+31"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forgot it? Use the recovery code</source>
        <translation>¿La &amp;olvidó? Use el código de recuperación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock your caseload</source>
        <translation>Desbloquee su lista de casos</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>That passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no es correcta. Revise las mayúsculas (Bloq Mayús) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Too many failed attempts. Try again in 1 second.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo en 1 segundo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts. Try again in %1 seconds.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../ui/login/fields.py" line="+58"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/chart/people_tab.py" line="+24"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No caregivers, family or surrogate recorded.</source>
        <translation>No hay cuidadores, familiares ni representante registrados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;Agregar contacto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No care team recorded. Add the PCP first: they are the medical home.</source>
        <translation>No hay equipo de atención registrado. Agregue primero al PCP: es el hogar médico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add care &amp;team member…</source>
        <translation>Agregar &amp;miembro del equipo…</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/chart/member_forms.py" line="-46"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Middle name</source>
        <translation>&amp;Segundo nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;referred name</source>
        <translation>Nombre &amp;preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender identity</source>
        <translation>&amp;Identidad de género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;onouns</source>
        <translation>Pr&amp;onombres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. she/her</source>
        <translation>p. ej., ella</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/careplan/editing.py" line="+52"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/chart/member_forms.py" line="+23"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health plan</source>
        <translation>&amp;Plan de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Line of business</source>
        <translation>&amp;Línea de negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program</source>
        <translation>Pro&amp;grama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risk tier</source>
        <translation>&amp;Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/forms.py" line="+126"/>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review due</source>
        <translation>&amp;Próxima revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-&amp;management plan</source>
        <translation>Plan de &amp;autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In plain words, what the member will do, and what to do if …</source>
        <translation>En palabras sencillas, lo que hará el afiliado y qué hacer si …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up sche&amp;dule</source>
        <translation>Calen&amp;dario de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. phone call every 2 weeks, home visit monthly</source>
        <translation>p. ej., llamada cada 2 semanas, visita al hogar cada mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver &amp;involvement</source>
        <translation>&amp;Participación del cuidador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to &amp;PCP on</source>
        <translation>Enviado al &amp;médico el</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <location filename="../../ui/careplan/tree_model.py" line="+99"/>
        <source>Plan item</source>
        <translation>Elemento del plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>PlanTreeView</name>
    <message>
        <location filename="../../ui/careplan/tree_view.py" line="+16"/>
        <source>Care plan</source>
        <translation>Plan de cuidado</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/versions.py" line="+21"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This version holds no plan.</source>
        <translation>Esta versión no contiene un plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review due %1</source>
        <translation>revisión el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started %1</source>
        <translation>iniciado el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-management plan</source>
        <translation>Plan de autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up schedule</source>
        <translation>Calendario de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caregiver involvement</source>
        <translation>Participación del cuidador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervention: %1</source>
        <translation>Intervención: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Barrier: %1</source>
        <translation>Barrera: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Referral: %1</source>
        <translation>Referido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow up %1</source>
        <translation>seguimiento el %1</translation>
    </message>
</context>
<context>
    <name>PlanVersions</name>
    <message>
        <location line="-186"/>
        <source>As it was before the first change</source>
        <translation>Como estaba antes del primer cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan edited</source>
        <translation>Plan modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress review</source>
        <translation>Revisión del progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member&apos;s agreement</source>
        <translation>Acuerdo del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier version restored</source>
        <translation>Se restauró una versión anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier</source>
        <translation>Barrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>member&apos;s words</source>
        <translation>palabras del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short or long term</source>
        <translation>corto o largo plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target date</source>
        <translation>fecha meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>valor inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member&apos;s priority</source>
        <translation>prioridad del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>who is responsible</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how often</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed on</source>
        <translation>completado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan to address it</source>
        <translation>plan para abordarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resource</source>
        <translation>recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource type</source>
        <translation>tipo de recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource contact</source>
        <translation>contacto del recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred on</source>
        <translation>remitido el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up date</source>
        <translation>fecha de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review due</source>
        <translation>próxima revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last reviewed</source>
        <translation>última revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-management plan</source>
        <translation>plan de autocuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up schedule</source>
        <translation>calendario de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caregiver involvement</source>
        <translation>participación del cuidador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent to PCP on</source>
        <translation>enviado al médico de cabecera el</translation>
    </message>
</context>
<context>
    <name>ProblemForm</name>
    <message>
        <location filename="../../ui/careplan/forms.py" line="-80"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Diabetes not under control</source>
        <translation>p. ej., Diabetes no controlada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain</source>
        <translation>Á&amp;rea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descri&amp;ption</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../ui/careplan/proposals_panel.py" line="+59"/>
        <source>%1: total %2 (%3)</source>
        <translation>%1: total %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Suggested by assessments</source>
        <translation>Sugerencias de las evaluaciones</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Suggested by assessments (%1)</source>
        <translation>Sugerencias de las evaluaciones (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept adds the problem with its suggested goals and interventions to the care plan, written in %1. Dismiss if it does not fit; it will not be suggested again.</source>
        <translation>Aceptar agrega el problema, con sus metas e intervenciones sugeridas, al plan de cuidado (idioma: %1). Descártelo si no corresponde; no se volverá a sugerir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Urgent: act on this today</source>
        <translation>Urgente: atiéndalo hoy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From the assessment completed %1</source>
        <translation>De la evaluación completada el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept: add %1 to the care plan</source>
        <translation>Aceptar: agregar %1 al plan de cuidado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss the suggestion %1</source>
        <translation>Descartar la sugerencia %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dismiss suggestion</source>
        <translation>Descartar sugerencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does “%1” not belong in the plan? (optional)</source>
        <translation>¿Por qué «%1» no corresponde al plan? (opcional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../ui/assessment/question.py" line="+37"/>
        <source>%1. %2</source>
        <comment>item number. question</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1  %2</source>
        <comment>digit  answer</comment>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>ReachForm</name>
    <message>
        <location filename="../../ui/chart/member_forms.py" line="-21"/>
        <source>Reaching them</source>
        <translation>Cómo contactarle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second p&amp;hone</source>
        <translation>Segundo te&amp;léfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best &amp;times to reach</source>
        <translation>&amp;Mejor horario para contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. weekday mornings</source>
        <translation>p. ej., entre semana por la mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address line &amp;2</source>
        <translation>Dirección, línea &amp;2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ZIP code</source>
        <translation>Código &amp;postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential &amp;mailing address</source>
        <translation>Dirección postal c&amp;onfidencial</translation>
    </message>
</context>
<context>
    <name>RecentAlerts</name>
    <message>
        <location filename="../../ui/assessment/alerts.py" line="+42"/>
        <source>Recent alerts</source>
        <translation>Alertas recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open safety alerts. Alerts raised by assessments, such as a PHQ-9 answer about self-harm, are listed here until someone records the action taken.</source>
        <translation>No hay alertas de seguridad abiertas. Las alertas de las evaluaciones, como una respuesta del PHQ-9 sobre autolesión, aparecen aquí hasta que alguien registre la medida tomada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;cknowledge…</source>
        <translation>A&amp;tender…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Acknowledge the selected alert (%1 open)</source>
        <translation>Atender la alerta seleccionada (%1 abiertas)</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <location filename="../../ui/sync/values.py" line="+21"/>
        <source>Member details</source>
        <translation>Datos del afiliado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closure request</source>
        <translation>Solicitud de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admission or ED visit</source>
        <translation>Hospitalización o visita a urgencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter note</source>
        <translation>Nota de encuentro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety alert</source>
        <translation>Alerta de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care plan</source>
        <translation>Plan de cuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care-plan problem</source>
        <translation>Problema del plan de cuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier</source>
        <translation>Barrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress review</source>
        <translation>Revisión del progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan agreement</source>
        <translation>Acuerdo del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../ui/chart/record_tab.py" line="+43"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <comment>command (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected entry from this chart?</source>
        <translation>¿Quitar la entrada seleccionada de este expediente?</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../ui/login/recovery_code_page.py" line="+20"/>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you forget your passphrase, this code is the only way to open your caseload. It is shown only once.</source>
        <translation>Si olvida su frase de contraseña, este código es la única forma de abrir su lista de casos. Se muestra una sola vez.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy code</source>
        <translation>C&amp;opiar código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have &amp;stored it somewhere safe, away from this laptop</source>
        <translation>Lo &amp;guardé en un lugar seguro, fuera de esta computadora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write it down or keep it in your organization&apos;s password manager. Do not keep it in a file on this laptop.</source>
        <translation>Anótelo o guárdelo en el administrador de contraseñas de su organización. No lo guarde en un archivo de esta computadora.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <location filename="../../ui/login/recovery.py" line="-85"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the recovery code</source>
        <translation>Verificando el código de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock with code</source>
        <translation>&amp;Desbloquear con el código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to passphrase</source>
        <translation>&amp;Volver a la frase de contraseña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock with your recovery code</source>
        <translation>Desbloquear con su código de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the code you stored when you set up Carefield. You will then choose a new passphrase.</source>
        <translation>Escriba el código que guardó al configurar Carefield. Después elegirá una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That recovery code is not correct. Check each group and try again.</source>
        <translation>Ese código de recuperación no es correcto. Revise cada grupo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts. Wait a moment, then try again.</source>
        <translation>Demasiados intentos fallidos. Espere un momento y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/referral/dialog.py" line="+56"/>
        <source>New referral</source>
        <translation>Nuevo referido</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>is already on file for another member</source>
        <translation>ya está registrado para otro afiliado/a</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../ui/referral/form.py" line="+18"/>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral s&amp;ource</source>
        <translation>Ori&amp;gen del referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>Moti&amp;vo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identified on</source>
        <translation>Fecha de &amp;identificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Program</source>
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ris&amp;k tier</source>
        <translation>Nivel de &amp;riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health plan</source>
        <translation>Plan de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Health plan</source>
        <translation>Plan de sal&amp;ud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Line of business</source>
        <translation>&amp;Línea de negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan &amp;member ID</source>
        <translation>I&amp;D de afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ast name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone</source>
        <translation>Teléf&amp;ono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterpreter needed</source>
        <translation>R&amp;equiere intérprete</translation>
    </message>
    <message>
        <location filename="../../ui/careplan/forms.py" line="+50"/>
        <source>&amp;Resource</source>
        <translation>&amp;Recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Valley Food Bank</source>
        <translation>p. ej., Banco de Alimentos del Valle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type of resource</source>
        <translation>&amp;Tipo de recurso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. food, transportation</source>
        <translation>p. ej., alimentos, transporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;inked goal</source>
        <translation>Meta v&amp;inculada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referre&amp;d on</source>
        <translation>Re&amp;ferido el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>Est&amp;ado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fo&amp;llow up on</source>
        <translation>Segui&amp;miento el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outco&amp;me</source>
        <translation>Res&amp;ultado</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <location filename="../../ui/reports/catalog.py" line="+41"/>
        <source>Care plan (member’s copy)</source>
        <translation>Plan de cuidado (copia del afiliado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member’s own copy of the care plan, in plain words and their language.</source>
        <translation>La copia del plan de cuidado para el afiliado, en palabras sencillas y en su idioma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provider letter</source>
        <translation>Carta al proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A care coordination letter to the member’s primary care provider.</source>
        <translation>Una carta de coordinación del cuidado para el proveedor de atención primaria del afiliado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member’s most recent signed visit or call.</source>
        <translation>La visita o llamada firmada más reciente del afiliado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outreach log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every contact and attempt with the member, with minutes and outcomes.</source>
        <translation>Cada contacto e intento con el afiliado, con minutos y resultados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment history</source>
        <translation>Historial de evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores of the member’s most recent assessment instrument over time.</source>
        <translation>Puntajes del instrumento de evaluación más reciente del afiliado a lo largo del tiempo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caseload and compliance (supervisor)</source>
        <translation>Casos y cumplimiento (supervisión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every member with their compliance clocks, and counts by risk tier and by clock.</source>
        <translation>Cada afiliado con sus plazos de cumplimiento, y totales por nivel de riesgo y por plazo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Utilization outcomes</source>
        <translation>Resultados de utilización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ED visits and admissions in the 6 and 12 months before and after enrollment, for the caseload or one member.</source>
        <translation>Visitas a emergencias e internaciones en los 6 y 12 meses antes y después de la inscripción, para todos los casos o un afiliado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log (privacy officer)</source>
        <translation>Registro de auditoría (oficial de privacidad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every view, change, print and export of member information on this computer.</source>
        <translation>Cada consulta, cambio, impresión y exportación de información de afiliados en esta computadora.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/reports/options.py" line="+26"/>
        <source>Type a password to protect the PDF with.</source>
        <translation>Escriba una contraseña para proteger el PDF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/printing.py" line="+37"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="+50"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a PDF to print or share. Saving or printing a report is recorded in the audit log; keep printed copies as you would the chart.</source>
        <translation>Genere un PDF para imprimir o compartir. Guardar o imprimir un informe queda registrado en la bitácora de auditoría; guarde las copias impresas como guardaría el expediente.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect with a &amp;password</source>
        <translation>&amp;Proteger con contraseña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Member:</source>
        <translation>&amp;Afiliado/a:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nurse:</source>
        <translation>&amp;Enfermera:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firme la contraseña:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pr&amp;int…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing from Carefield needs Qt PDF, which this installation does not include: save the PDF, then print it from your PDF reader.</source>
        <translation>Para imprimir desde Carefield se necesita Qt PDF, que esta instalación no incluye: guarde el PDF y luego imprímalo desde su lector de PDF.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Leave empty for the whole caseload</source>
        <translation>Déjelo vacío para todos sus casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or plan ID</source>
        <translation>Escriba un nombre o ID de afiliado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Member’s preferred language</source>
        <translation>Idioma preferido del afiliado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a member from the list first.</source>
        <translation>Primero elija un afiliado de la lista.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member of your caseload matches that text. Choose one from the list, or clear it for the whole caseload.</source>
        <translation>Ningún afiliado de sus casos coincide con ese texto. Elija uno de la lista, o bórrelo para incluir todos sus casos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Making the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>Se enviaron %1 páginas a la impresora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not made. %1</source>
        <translation>No se generó el informe. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the caseload</source>
        <translation>Cargando los casos</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>All nurses</source>
        <translation>Todas las enfermeras</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../ui/encounter/closures.py" line="-40"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/careplan/review.py" line="+40"/>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review &amp;date</source>
        <translation>&amp;Fecha de la revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal s&amp;tatus now</source>
        <translation>&amp;Estado actual de la meta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note (required)</source>
        <translation>&amp;Nota (obligatoria)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress toward the goal, what the member said, next steps</source>
        <translation>Avance hacia la meta, lo que dijo el afiliado, próximos pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review goal progress</source>
        <translation>Revisar el progreso de la meta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save review</source>
        <translation>&amp;Guardar revisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Earlier reviews</source>
        <translation>Revisiones anteriores</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No earlier reviews of this goal.</source>
        <translation>Esta meta no tiene revisiones anteriores.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This review</source>
        <translation>Esta revisión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the member&apos;s words:</source>
        <translation>En palabras del afiliado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure:</source>
        <translation>Medida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time frame:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status now:</source>
        <translation>Estado actual:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>baseline %1</source>
        <translation>valor inicial %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1</source>
        <translation>meta %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Short-term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Long-term</source>
        <translation>Largo plazo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, target date %2</source>
        <translation>%1, fecha meta %2</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location line="-84"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>ReviewedItems</name>
    <message>
        <location filename="../../ui/encounter/reviewed.py" line="+20"/>
        <source>&amp;Reviewed at this contact</source>
        <translation>&amp;Revisado en este contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assessments and care-plan items reviewed</source>
        <translation>Evaluaciones y elementos del plan de cuidado revisados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No assessments or care-plan items recorded yet.</source>
        <translation>Aún no hay evaluaciones ni elementos del plan de cuidado registrados.</translation>
    </message>
</context>
<context>
    <name>RevokedNotice</name>
    <message>
        <location filename="../../ui/sync/revoked.py" line="+21"/>
        <source>Carefield</source>
        <translation>Carefield</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop has been removed from Carefield</source>
        <translation>Esta computadora fue retirada de Carefield</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has been removed from Carefield by your administrator. Its local data has been erased. Contact your supervisor.</source>
        <translation>Su administrador retiró esta computadora de Carefield y se borraron sus datos locales. Comuníquese con su supervisor/a.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close Carefield</source>
        <translation>&amp;Cerrar Carefield</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Carefield</source>
        <translation>Cerrar Carefield</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../ui/shell/search.py" line="-107"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 · born %3 · %4</source>
        <translation>%1 — %2 · nació el %3 · %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no phone</source>
        <translation>sin teléfono</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <location filename="../../ui/settings/security.py" line="+28"/>
        <source>Database check</source>
        <translation>Revisión de la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carefield checks its data file quickly at every unlock and fully once a week. Check it fully now if the laptop crashed or its disk reported errors.</source>
        <translation>Carefield revisa rápidamente su archivo de datos cada vez que se desbloquea y de forma completa una vez por semana. Revíselo completo ahora si la computadora se bloqueó o su disco informó errores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <source>Checking the database</source>
        <translation>Revisando la base de datos</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Check the &amp;database now</source>
        <translation>Revisar la base de &amp;datos ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new recovery code if the old one was lost or someone else may have seen it. The old code stops working at once.</source>
        <translation>Cree un código de recuperación nuevo si perdió el anterior o si otra persona pudo haberlo visto. El código anterior deja de funcionar de inmediato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+52"/>
        <source>Making a new recovery code</source>
        <translation>Creando un código de recuperación nuevo</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>New &amp;recovery code…</source>
        <translation>Nuevo código de &amp;recuperación…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database is sound: every page was read and verified.</source>
        <translation>La base de datos está en buen estado: se leyó y verificó cada página.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New recovery code made. The old one no longer works.</source>
        <translation>Se creó un código de recuperación nuevo. El anterior ya no funciona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase is not correct. Nothing was changed.</source>
        <translation>La frase de contraseña no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many failed attempts. Wait a moment, then try again.</source>
        <translation>Demasiados intentos fallidos. Espere un momento y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <location filename="../../ui/sync/signin.py" line="-195"/>
        <source>Enter the server&apos;s address, for example https://carefield.example.org.</source>
        <translation>Escriba la dirección del servidor, por ejemplo https://carefield.example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is not a server address. It looks like https://carefield.example.org.</source>
        <translation>Esa no es una dirección de servidor. Debe ser como https://carefield.example.org.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use an address that starts with https://. Over plain http, your password and members&apos; information would cross the network unprotected; http is only allowed for a server on this computer.</source>
        <translation>Use una dirección que empiece con https://. Con http simple, su contraseña y la información de los afiliados cruzarían la red sin protección; http solo se permite para un servidor en esta computadora.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location line="+25"/>
        <source>Sync progress</source>
        <translation>Avance de la sincronización</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The server did not accept that user name and password.</source>
        <translation>El servidor no aceptó ese usuario y contraseña.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../ui/settings/server.py" line="+34"/>
        <source>That certificate authority bundle file does not exist.</source>
        <translation>Ese archivo de autoridades de certificación no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That certificate authority bundle file cannot be read.</source>
        <translation>No se puede leer ese archivo de autoridades de certificación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That file holds no PEM certificate. Choose the certificate authority bundle your organisation gave you (a .pem file).</source>
        <translation>Ese archivo no contiene ningún certificado PEM. Elija el paquete de autoridades de certificación que le dio su organización (un archivo .pem).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect this laptop to your organisation&apos;s Carefield server to sync your caseload. You need the server&apos;s address, your user name and your password.</source>
        <translation>Conecte esta computadora al servidor de Carefield de su organización para sincronizar su lista de casos. Necesita la dirección del servidor, su usuario y su contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Conectarse a un servidor…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None: the system&apos;s certificates</source>
        <translation>Ninguno: los certificados del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate authority bundle (PEM)</source>
        <translation>Paquete de autoridades de certificación (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate &amp;authority bundle (PEM):</source>
        <translation>Paquete de &amp;autoridades de certificación (PEM):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if your organisation runs its own certificate authority: the server&apos;s certificate is then checked against this file instead of the system&apos;s certificates.</source>
        <translation>Solo si su organización tiene su propia autoridad de certificación: el certificado del servidor se verificará con este archivo en lugar de los certificados del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow &amp;unencrypted connection (testing only)</source>
        <translation>Permitir conexión sin cifrar (solo para pr&amp;uebas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lets Carefield use a plain http:// address on another computer. Your password and members&apos; information would cross the network unprotected: never use it with real members.</source>
        <translation>Permite que Carefield use una dirección http:// simple en otra computadora. Su contraseña y la información de los afiliados viajarían por la red sin protección: nunca lo use con afiliados reales.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Certificate authority bundle</source>
        <translation>Paquete de autoridades de certificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/dialog.py" line="+34"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;General</source>
        <translation>&amp;Generales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Securit&amp;y</source>
        <translation>Seg&amp;uridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language takes effect the next time you open Carefield.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que abra Carefield.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock after idle for:</source>
        <translation>&amp;Bloquear tras inactividad de:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/login/setup_page.py" line="+51"/>
        <source>How would you like to start?</source>
        <translation>¿Cómo desea empezar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whichever you choose, your caseload stays encrypted on this laptop.</source>
        <translation>Elija lo que elija, su lista de casos se mantiene cifrada en esta computadora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connect to my organization&apos;s server</source>
        <translation>&amp;Conectarme al servidor de mi organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore with a &amp;demo caseload (about 60 made-up members)</source>
        <translation>Explorar con casos de de&amp;mostración (unos 60 afiliados ficticios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an &amp;empty caseload</source>
        <translation>Empezar con una lista de casos &amp;vacía</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo caseload progress</source>
        <translation>Avance de los casos de demostración</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter the server&apos;s address, for example https://carefield.example.org</source>
        <translation>Escriba la dirección del servidor, por ejemplo https://carefield.example.org</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving the server details…</source>
        <translation>Guardando los datos del servidor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating the demo caseload</source>
        <translation>Creando los casos de demostración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the demo caseload…</source>
        <translation>Creando los casos de demostración…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/sync/signin.py" line="+14"/>
        <source>Sign in to sync</source>
        <translation>Inicie sesión para sincronizar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your sign-in to the Carefield server has expired. Enter your server password to keep syncing. Nothing on this laptop is lost meanwhile.</source>
        <translation>Su sesión en el servidor de Carefield venció. Escriba la contraseña del servidor para seguir sincronizando. Mientras tanto, no se pierde nada en esta computadora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your user name and password.</source>
        <translation>Escriba su usuario y contraseña.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../ui/careplan/signature.py" line="+48"/>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign with a mouse, pen or finger. A keyboard cannot draw a signature: choose a verbal or written agreement instead.</source>
        <translation>Firme con el mouse, un lápiz digital o el dedo. Con el teclado no se puede dibujar una firma: elija un acuerdo verbal o por escrito.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;lear signature</source>
        <translation>&amp;Borrar firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign with a mouse, pen or finger.</source>
        <translation>Firme con el mouse, un lápiz digital o el dedo.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../ui/shell/status.py" line="+24"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
</context>
<context>
    <name>StatusMenu</name>
    <message>
        <location filename="../../ui/encounter/lifecycle.py" line="+17"/>
        <source>Start &amp;outreach…</source>
        <translation>Iniciar &amp;contacto inicial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enroll…</source>
        <translation>&amp;Inscribir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decline…</source>
        <translation>Registrar que &amp;declinó…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;unable to reach…</source>
        <translation>Marcar como &amp;no localizable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close case…</source>
        <translation>C&amp;errar el caso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closure &amp;requests…</source>
        <translation>&amp;Solicitudes de cierre…</translation>
    </message>
</context>
<context>
    <name>StopMedicationForm</name>
    <message>
        <location filename="../../ui/chart/forms.py" line="+6"/>
        <source>&amp;Stopped on</source>
        <translation>&amp;Fecha de suspensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync/controller.py" line="+133"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/sync/status.py" line="+35"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Sending changes: %1 of %2</source>
        <translation>Enviando cambios: %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving updates: %1</source>
        <translation>Recibiendo actualizaciones: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send your changes and get the latest (F5)</source>
        <translation>Enviar sus cambios y recibir lo más reciente (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server in Settings to sync.</source>
        <translation>Para sincronizar, conéctese a un servidor en Configuración.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected to a server</source>
        <translation>No conectado a un servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline: could not reach the server</source>
        <translation>Sin conexión: no se pudo comunicar con el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in needed to sync</source>
        <translation>Inicie sesión para sincronizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate not trusted</source>
        <translation>El certificado del servidor no es de confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unencrypted connection refused</source>
        <translation>Conexión sin cifrar rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync did not finish</source>
        <translation>La sincronización no terminó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection not checked yet</source>
        <translation>Conexión aún no verificada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes waiting</source>
        <translation>No hay cambios pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes waiting</source>
        <translation>%1 cambios pendientes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 · oldest %2</source>
        <translation>%1 · el más antiguo, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
</context>
<context>
    <name>TaskCells</name>
    <message>
        <location filename="../../ui/tasks/cells.py" line="+88"/>
        <source>%1 · %2 · grace until %3</source>
        <translation>%1 · %2 · gracia hasta el %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done %1</source>
        <translation>Hecha el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due · grace until %1</source>
        <translation>Vence · gracia hasta el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Snoozed: %1</source>
        <translation>Pospuesta: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due %1 (%2)</source>
        <translation>Vence el %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grace until %1</source>
        <translation>Gracia hasta el %1</translation>
    </message>
</context>
<context>
    <name>TaskDialogs</name>
    <message>
        <location filename="../../ui/tasks/dialogs.py" line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member:</source>
        <translation>Afiliado/a:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;semana</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, if worth saying</source>
        <translation>Qué se hizo, si vale la pena anotarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete task</source>
        <translation>Completar tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Complete</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snooze &amp;until:</source>
        <translation>Posponer &amp;hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Why it waits (required)</source>
        <translation>Por qué se pospone (obligatorio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a day after today</source>
        <translation>debe ser un día posterior a hoy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snooze task</source>
        <translation>Posponer tarea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why this task is no longer needed (required)</source>
        <translation>Por qué esta tarea ya no hace falta (obligatorio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel task</source>
        <translation>Cancelar tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;task</source>
        <translation>Cancelar &amp;tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Member:</source>
        <translation>&amp;Afiliado/a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do, e.g. Call the pharmacy about refills</source>
        <translation>Qué hay que hacer, p. ej., llamar a la farmacia por los resurtidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add task</source>
        <translation>A&amp;gregar tarea</translation>
    </message>
</context>
<context>
    <name>TaskLabels</name>
    <message>
        <location filename="../../ui/tasks/labels.py" line="+21"/>
        <source>Initial assessment</source>
        <translation>Evaluación inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care plan</source>
        <translation>Plan de cuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up contact</source>
        <translation>Contacto de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassessment</source>
        <translation>Reevaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care plan review</source>
        <translation>Revisión del plan de cuidado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral follow-up</source>
        <translation>Seguimiento de remisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation review</source>
        <translation>Revisión de participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach</source>
        <translation>Contacto inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum participation</source>
        <translation>Participación mínima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../ui/tasks/task_list.py" line="+74"/>
        <source>Co&amp;mplete…</source>
        <translation>Co&amp;mpletar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoo&amp;ze…</source>
        <translation>Pospo&amp;ner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cance&amp;l task…</source>
        <translation>Cance&amp;lar tarea…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w task…</source>
        <translation>N&amp;ueva tarea…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;pen chart</source>
        <translation>Abrir expe&amp;diente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <comment>command (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../ui/tasks/model.py" line="-101"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member</source>
        <translation>Afiliado/a</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/tasks/page.py" line="+42"/>
        <location line="+28"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Loading tasks</source>
        <translation>Cargando tareas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Member name, plan ID or task</source>
        <translation>Nombre del afiliado, ID de afiliado o tarea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written by hand</source>
        <translation>Escrita a mano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O&amp;verdue (%1)</source>
        <translation>&amp;Vencidas (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due &amp;today (%1)</source>
        <translation>Para &amp;hoy (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upcoming, next %1 days (%2)</source>
        <translation>&amp;Próximas, %1 días (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All open (%1)</source>
        <translation>Todas abi&amp;ertas (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done rec&amp;ently (%1)</source>
        <translation>Hechas re&amp;cientes (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Find a task</source>
        <translation>Buscar una tarea</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 shown · %2 open</source>
        <translation>%1 mostradas · %2 pendientes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No tasks match the search and kind chosen. Clear them to see more.</source>
        <translation>Ninguna tarea coincide con la búsqueda y el tipo elegidos. Bórrelos para ver más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing else is due today.</source>
        <translation>No hay nada más para hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due in the next %1 days.</source>
        <translation>No vence nada en los próximos %1 días.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open tasks. Tasks appear here as program rules make them, or add one with New task… (Insert).</source>
        <translation>No hay tareas pendientes. Las tareas aparecen aquí a medida que las crean las reglas del programa, o agregue una con Nueva tarea… (Insert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was completed in the last %1 days.</source>
        <translation>No se completó nada en los últimos %1 días.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline/models.py" line="+5"/>
        <source>No note matches these words.</source>
        <translation>Ninguna nota contiene estas palabras.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location line="-74"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>was %1</source>
        <translation>antes %1</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/timeline/tab.py" line="+42"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has happened yet, or every kind is switched off.</source>
        <translation>Aún no hay nada, o todos los tipos están ocultos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching notes</source>
        <translation>Notas que coinciden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Words from a note</source>
        <translation>Palabras de una nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encounters</source>
        <translation>&amp;Encuentros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attem&amp;pts</source>
        <translation>Intent&amp;os</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessments</source>
        <translation>E&amp;valuaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uti&amp;lization</source>
        <translation>Uti&amp;lización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us changes</source>
        <translation>Cambios de est&amp;ado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search n&amp;otes</source>
        <translation>B&amp;uscar en las notas</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 found</source>
        <translation>%1 encontradas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The search did not finish.</source>
        <translation>La búsqueda no terminó.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/today/page.py" line="+40"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent alerts</source>
        <translation>Alertas recientes</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Loading today&apos;s list</source>
        <translation>Cargando la lista de hoy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing else is due today.</source>
        <translation>No hay nada más para hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up this week</source>
        <translation>Próximas esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due in the next seven days.</source>
        <translation>No vence nada en los próximos siete días.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Overdue (%1)</source>
        <translation>Vencidos (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today (%1)</source>
        <translation>Vencen hoy (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coming up this week (%1)</source>
        <translation>Próximas esta semana (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 overdue · %2 due today · %3 coming up this week</source>
        <translation>%1 vencidas · %2 para hoy · %3 próximas esta semana</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../ui/assessment/trend.py" line="+42"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No completed results yet.</source>
        <translation>Aún no hay resultados terminados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 results from %2 (%3) to %4 (%5).</source>
        <translation>%1 resultados del %2 (%3) al %4 (%5).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No completed results yet</source>
        <translation>Aún no hay resultados terminados</translation>
    </message>
</context>
<context>
    <name>UnfinishedNotes</name>
    <message>
        <location filename="../../ui/encounter/drafts.py" line="+16"/>
        <location line="+3"/>
        <source>Unfinished notes</source>
        <translation>Notas sin terminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No unfinished notes.</source>
        <translation>No hay notas sin terminar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>These notes were not signed. Restore one to go on where you stopped, or discard it.</source>
        <translation>Estas notas no se firmaron. Recupere una para seguir donde se quedó, o descártela.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Discard this note?</source>
        <translation>¿Descartar esta nota?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was typed in this note will be deleted. This cannot be undone.</source>
        <translation>Se borrará lo que se escribió en esta nota. Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/login/unlock.py" line="+39"/>
        <source>Carefield — Locked</source>
        <translation>Carefield — Bloqueado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Version %1 · Data folder: %2</source>
        <translation>Versión %1 · Carpeta de datos: %2</translation>
    </message>
</context>
<context>
    <name>UtilizationForm</name>
    <message>
        <location filename="../../ui/chart/forms.py" line="+28"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facility</source>
        <translation>&amp;Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Admitted or seen on</source>
        <translation>Fecha de &amp;ingreso o visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discharged on</source>
        <translation>Fecha de &amp;alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis c&amp;ode (ICD-10)</source>
        <translation>Código de &amp;diagnóstico (ICD-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis &amp;text</source>
        <translation>Te&amp;xto del diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>UtilizationModel</name>
    <message>
        <location filename="../../ui/chart/models.py" line="+19"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admitted</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharged</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../ui/widgets/rule_text.py" line="+45"/>
        <source>is not a field that can be set here</source>
        <translation>no es un campo que se pueda modificar aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required</source>
        <translation>es un dato obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not valid</source>
        <translation>no es válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must contain letters</source>
        <translation>debe contener letras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of: %1</source>
        <translation>debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>debe ser una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a date</source>
        <translation>debe ser una fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be on or after %1</source>
        <translation>debe ser el %1 o posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be in the future</source>
        <translation>no puede ser una fecha futura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date and time as ISO-8601</source>
        <translation>debe ser una fecha y hora en formato ISO-8601</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date and time with a UTC offset</source>
        <translation>debe ser una fecha y hora con su diferencia respecto a UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a phone number such as (555) 123-4567</source>
        <translation>debe ser un número de teléfono como (555) 123-4567</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must have 10 digits (area code and number)</source>
        <translation>debe tener 10 dígitos (código de área y número)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 10 digits</source>
        <translation>debe tener 10 dígitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a valid NPI (check digit)</source>
        <translation>no es un NPI válido (dígito de control)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an e-mail address such as name@example.org</source>
        <translation>debe ser un correo electrónico como nombre@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a two-letter state code</source>
        <translation>debe ser un código de estado de dos letras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a ZIP code such as 94110 or 94110-1234</source>
        <translation>debe ser un código postal como 94110 o 94110-1234</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a language code such as en or es</source>
        <translation>debe ser un código de idioma como en o es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 3–32 letters, digits or dashes</source>
        <translation>debe tener de 3 a 32 letras, dígitos o guiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not an ICD-10-CM code</source>
        <translation>no es un código ICD-10-CM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a category: choose a more specific (billable) code</source>
        <translation>es una categoría: elija un código más específico (facturable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be changed once the member is on file</source>
        <translation>no se puede cambiar una vez registrado el afiliado/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is already on file for another member</source>
        <translation>ya está registrado para otro afiliado/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a member with this name and date of birth is already on file</source>
        <translation>ya hay un afiliado/a registrado con este nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is required when a HIPAA authorization is on file</source>
        <translation>es un dato obligatorio cuando hay una autorización HIPAA registrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a phone, e-mail or address is needed to reach this contact</source>
        <translation>se necesita un teléfono, correo electrónico o dirección para comunicarse con este contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the PCP can be the medical home</source>
        <translation>solo el PCP puede ser el hogar médico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be rising whole numbers, one per item</source>
        <translation>deben ser números enteros crecientes, uno por elemento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be before the plan starts</source>
        <translation>no puede ser anterior al inicio del plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be before the care plan starts</source>
        <translation>no puede ser anterior al inicio del plan de cuidado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be before the referral date</source>
        <translation>no puede ser anterior a la fecha del referido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new goal starts not started; a review or an edit moves it on</source>
        <translation>una meta nueva empieza como «sin iniciar»; una revisión o un cambio la hace avanzar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an active care plan needs at least one problem with a goal</source>
        <translation>un plan de cuidado activo necesita al menos un problema con una meta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an active care plan needs at least one problem</source>
        <translation>un plan de cuidado activo necesita al menos un problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required for an electronic signature</source>
        <translation>es obligatoria para una firma electrónica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when a caregiver took part</source>
        <translation>es obligatorio cuando participó un cuidador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is set only when the intervention is completed</source>
        <translation>solo se indica cuando la intervención está completada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must all come from one care plan</source>
        <translation>deben ser todos del mismo plan de cuidado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a PNG image</source>
        <translation>debe ser una imagen PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an id</source>
        <translation>debe ser un identificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most 512 KB</source>
        <translation>debe ocupar como máximo 512 KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must list every item under one parent, and only those</source>
        <translation>debe incluir todos los elementos de un mismo nivel, y solo esos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must name each item once</source>
        <translation>debe nombrar cada elemento una sola vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only problems and goals are put in order</source>
        <translation>solo los problemas y las metas se ordenan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required to cancel a task</source>
        <translation>es obligatorio para cancelar una tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required to snooze a task</source>
        <translation>es obligatorio para posponer una tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date after today</source>
        <translation>debe ser una fecha posterior a hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be before “%1”</source>
        <translation>no puede ser anterior a “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is required for a stopped medication</source>
        <translation>es un dato obligatorio para un medicamento suspendido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when stopping a medication</source>
        <translation>es un dato obligatorio al suspender un medicamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 active medication(s) were not reviewed</source>
        <translation>%1 medicamento(s) activo(s) sin revisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a refused change can only be acknowledged</source>
        <translation>un cambio rechazado solo se puede marcar como visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be mine, theirs or edit</source>
        <translation>debe ser “mine”, “theirs” o “edit”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer exists on this record</source>
        <translation>ya no existe en este registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a mapping of form fields</source>
        <translation>debe ser un conjunto de campos del formulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is too large to keep as a draft</source>
        <translation>es demasiado grande para guardarlo como borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must hold only text, numbers, lists and mappings</source>
        <translation>solo puede contener texto, números, listas y conjuntos de campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of record ids</source>
        <translation>debe ser una lista de identificadores de registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must each be one of: %1</source>
        <translation>cada uno debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an encounter cannot last more than 24 hours</source>
        <translation>un encuentro no puede durar más de 24 horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required before the encounter can be signed</source>
        <translation>es un dato obligatorio para poder firmar el encuentro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required to mark a note entered in error</source>
        <translation>es un dato obligatorio para marcar una nota como registrada por error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required for a correction</source>
        <translation>es un dato obligatorio para una corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is required for a late entry</source>
        <translation>es un dato obligatorio para un registro tardío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date before today for a late entry</source>
        <translation>debe ser una fecha anterior a hoy para un registro tardío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is given only for a late entry</source>
        <translation>solo se indica para un registro tardío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must map each vital sign to a number</source>
        <translation>debe asignar un número a cada signo vital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is needed with the other blood pressure value</source>
        <translation>se necesita junto con el otro valor de presión arterial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be lower than the systolic pressure</source>
        <translation>debe ser menor que la presión sistólica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a vital sign Carefield records</source>
        <translation>no es un signo vital que Carefield registre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be before the member&apos;s current status began</source>
        <translation>no puede ser anterior al inicio del estado actual del afiliado/a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase must be at least 12 characters long.</source>
        <translation>La frase de contraseña debe tener al menos 12 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This passphrase is too common. Choose one that is harder to guess.</source>
        <translation>Esta frase de contraseña es demasiado común. Elija una más difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase must not be one character repeated.</source>
        <translation>La frase de contraseña no puede ser un solo carácter repetido.</translation>
    </message>
</context>
<context>
    <name>VersionModel</name>
    <message>
        <location filename="../../ui/careplan/versions.py" line="+17"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location line="+124"/>
        <location line="+66"/>
        <source>Care plan versions</source>
        <translation>Versiones del plan de cuidado</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No saved versions yet.</source>
        <translation>Todavía no hay versiones guardadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan in this version</source>
        <translation>El plan en esta versión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What changed since the last review</source>
        <translation>Qué cambió desde la última revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with the current plan</source>
        <translation>Comparado con el plan actual</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Versions, newest first</source>
        <translation>&amp;Versiones, la más reciente primero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Plan in this version</source>
        <translation>&amp;Plan en esta versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items added, removed or changed in the plan since its last progress review.</source>
        <translation>Elementos agregados, eliminados o modificados en el plan desde su última revisión del progreso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since the last &amp;review</source>
        <translation>Qué cambió desde la última &amp;revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with c&amp;urrent plan</source>
        <translation>Comparado con el plan a&amp;ctual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Compare with current plan</source>
        <translation>C&amp;omparar con el plan actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store this version…</source>
        <translation>Re&amp;staurar esta versión…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Nothing has changed since the last review.</source>
        <translation>Nada ha cambiado desde la última revisión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose “Compare with current plan” to see what differs.</source>
        <translation>Elija «Comparar con el plan actual» para ver las diferencias.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 · saved %2 by %3 · %4</source>
        <translation>Versión %1 · guardada el %2 por %3 · %4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What differs in the current plan from version %1.</source>
        <translation>En qué difiere el plan actual de la versión %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The current plan is the same as this version.</source>
        <translation>El plan actual es igual a esta versión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this version?</source>
        <translation>¿Restaurar esta versión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore version %1, saved %2?</source>
        <translation>¿Restaurar la versión %1, guardada el %2?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The care plan will be put back as it was in that version: items added since are removed, items removed since come back, and changed items get their earlier values. Progress reviews and agreements are kept. The restore is saved as a new version, so it can be undone the same way.</source>
        <translation>El plan de cuidado volverá a quedar como estaba en esa versión: los elementos agregados después se eliminan, los eliminados después se recuperan y los modificados recuperan sus valores anteriores. Las revisiones del progreso y los acuerdos se conservan. La restauración se guarda como una versión nueva, así que se puede deshacer de la misma manera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore version %1</source>
        <translation>&amp;Restaurar la versión %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Version %1 restored. The plan now matches it; the restore was saved as a new version.</source>
        <translation>Se restauró la versión %1. El plan ahora coincide con ella; la restauración se guardó como una versión nueva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is the current plan.</source>
        <translation>Este es el plan actual.</translation>
    </message>
</context>
<context>
    <name>VitalsGrid</name>
    <message>
        <location filename="../../ui/encounter/vitals.py" line="+94"/>
        <source>Vitals</source>
        <translation>Signos vitales</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be between %2 and %3 %4</source>
        <comment>vital, low, high, unit</comment>
        <translation>%1 debe estar entre %2 y %3 %4</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal %1–%2</source>
        <translation>normal: %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abnormal: %1, %2</source>
        <translation>Fuera de rango: %1, %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/login/first_run.py" line="-66"/>
        <source>Welcome to Carefield</source>
        <translation>Le damos la bienvenida a Carefield</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your caseload, on this laptop, with or without a connection.</source>
        <translation>Su lista de casos, en esta computadora, con o sin conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carefield keeps your members&apos; records on this computer, encrypted, so you can work in homes, clinics and the car even when there is no signal.</source>
        <translation>Carefield guarda los expedientes de sus afiliados en esta computadora, cifrados, para que pueda trabajar en los hogares, en las clínicas y en el auto aunque no haya señal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First you will choose a passphrase. Carefield then gives you a recovery code: the only way back in if you forget the passphrase.</source>
        <translation>Primero elegirá una frase de contraseña. Luego Carefield le dará un código de recuperación: la única forma de volver a entrar si olvida la frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
</context>
<context>
    <name>wizard</name>
    <message>
        <location filename="../../ui/settings/security.py" line="+15"/>
        <source>New recovery code</source>
        <translation>Código de recuperación nuevo</translation>
    </message>
</context>
</TS>
