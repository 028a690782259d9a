"""Assessment instruments: definitions as data, and the engine that scores them.

Definitions
-----------
Each instrument is ``resources/instruments/<id>.json``: an HL7 FHIR R4 ``Questionnaire`` (it validates
with ``fhir.resources.R4B.questionnaire.Questionnaire``) plus one top-level key, ``carefieldScoring``,
that is not FHIR and is stripped before validation or export (``loader.questionnaire(id)``). We chose a
sibling key over a Carefield extension holding JSON in a ``valueString`` so the scoring reads and diffs
as plain JSON next to the items it names. Its format is documented in ``app.instruments.scoring``.

In the Questionnaire itself:

- ``linkId`` keys the answers; ``code`` carries the LOINC code where the instrument has one (none is made up).
- English is the base text; Spanish rides on ``_text`` / ``_title`` / ``_display`` with the FHIR
  translation extension (``http://hl7.org/fhir/StructureDefinition/translation``, ``lang`` = ``es``).
- Answers are ``answerOption.valueCoding``; an option's score is its
  ``http://hl7.org/fhir/StructureDefinition/ordinalValue``. Options without one are recorded, not scored.
  ``questionnaire-optionExclusive`` marks "None of the above".
- ``enableWhen`` / ``enableBehavior`` hide items; a hidden item is neither required nor scored.
- ``version`` is the definition's version; a stored response names the version it answered.
- The initial assessment embeds standard instruments with display items carrying the SDC extension
  ``sdc-questionnaire-subQuestionnaire`` (``valueCanonical`` ``…/Questionnaire/<id>|<version>``); each
  embedded instrument is answered and stored as its own response, linked to the same encounter.

Engine
------
``load(id)`` returns a cached ``Instrument``; ``Instrument.score(answers)`` takes answers keyed by linkId
(an option's code, or the whole number of its score) and returns ``Score(total, band, flags, subscores)``,
or raises ``InvalidAnswers`` (a ``ValidationError``) listing every (linkId, problem).
"""

from __future__ import annotations

from app.instruments.answers import InvalidAnswers
from app.instruments.instrument import Instrument
from app.instruments.loader import available, load, questionnaire
from app.instruments.model import DefinitionError, Item, Option, Text
from app.instruments.scoring import Score

__all__ = [
    "DefinitionError",
    "Instrument",
    "InvalidAnswers",
    "Item",
    "Option",
    "Score",
    "Text",
    "available",
    "load",
    "questionnaire",
]
