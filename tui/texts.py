"""Every Norwegian string the TUI shows, in one place."""

from __future__ import annotations

APP_TITLE = "Veileder – avrusningsretningslinjen"

# Start-up and busy state.
LOADING = "Laster retningslinjen …"
SEARCHING = "Søker …"
QUEUED = "Laster retningslinjen … spørsmålet ditt besvares straks den er klar."
NOT_READY = "Retningslinjen lastes fortsatt. Prøv igjen om et øyeblikk."
INPUT_PLACEHOLDER = "Skriv et spørsmål og trykk Enter (F1: hjelp)"
CHOICE_PLACEHOLDER = "Trykk {keys} for å velge et forslag, eller skriv et nytt spørsmål"

# Errors.
ASK_FAILED = "Spørsmålet kunne ikke besvares. Det er lagt tilbake i feltet – prøv igjen."
ASK_FAILED_IN_HISTORY = "Spørsmålet kunne ikke besvares. Hent det fram igjen med ↑ og prøv på nytt."
LOAD_FAILED_TITLE = "Retningslinjen kunne ikke lastes"
LOAD_FAILED_UNKNOWN = "En uventet feil stoppet oppstarten."
LOAD_FAILED_HINT = "Kjør `veileder index build` i et terminalvindu og start programmet på nytt."
CORPUS_FAILED_HINT = (
    "Kildefilene følger med programmet og kan ikke rettes her. "
    "Installer veileder på nytt, og start programmet igjen."
)
FILE_FAILED = "Fil eller mappe kunne ikke brukes: {place} ({reason})."
FILE_FAILED_HINT = (
    "Sjekk at du har skrivetilgang der, eller sett VEILEDER_CACHE_DIR til en mappe du kan skrive i, "
    "og start programmet på nytt."
)
UNKNOWN_PLACE = "ukjent sti"
UNKNOWN_FAILED_HINT = (
    "Start programmet på nytt. Skjer det igjen, kjør `veileder --debug ask test` "
    "og send utskriften til den som drifter veileder."
)
QUIT_BUTTON = "Avslutt"
CLOSE_BUTTON = "Lukk"

# Answer cards.
QUESTION_PREFIX = "Spørsmål: "
QUESTION_SHORTENED = " … (forkortet her) … "
PASTE_JOINED = "Teksten du limte inn hadde {count} linjer. De er satt sammen til ett spørsmål."
WELCOME = (
    "Still et spørsmål om avrusning, for eksempel «Når kan poliklinisk avrusning være aktuelt?». "
    "Svarene siterer retningslinjen ordrett, med kilde og gradering. F1 viser tastene."
)
DRAFT_BADGE = "UTKAST"
NOT_COVERED_LABEL = "Nærmeste avsnitt (svarer ikke på spørsmålet)"
CLARIFY_HINT = "Velg et forslag: trykk {keys} (når spørsmålsfeltet er tomt) eller klikk."
REFERENCED_LABEL = "Anbefalinger det vises til"
RELATED_LABEL = "Relaterte anbefalinger ({count}) – trykk r for å åpne/lukke"
SUPPORTING_LABEL = "Dokumentasjon og bakgrunnsstoff fra andre kilder (ikke anbefalinger)"
RATIONALE_LABEL = "Begrunnelse (Bakgrunn og Vurdering) – trykk b for å skjule"
RATIONALE_FOR = "anbefaling {recs}"
UNDERSTOOD_AS = "Søkte etter: {query}"
EXPANDED_WITH = " · utvidet med: {terms}"

# Hit labels.
RECOMMENDATION_LABEL = "anbefaling {rec}"
EVIDENCE_LABEL = "Dokumentasjon ({source})"
EVIDENCE_CERTAINTY = "tillit til resultatet"
MATCHED_HINT = "▶ passer til spørsmålet"
GUIDELINE_TEXT_LABEL = "Tekst fra retningslinjen"
BACKGROUND_LABEL = "Bakgrunnsstoff ({source})"
DIRECTORY_LABEL = "Adresseliste"
GLOSSARY_LABEL = "Ordliste"
STRENGTH_WORDS = {"skal": "skal", "bør": "bør", "kan": "kan"}

# Notifications.
CITATION_COPIED = "Kildehenvisningen er kopiert."
TEXT_COPIED = "Teksten med kildehenvisning er kopiert."
EXPORTED = "Samtalen er lagret i {path}"
EXPORT_FAILED = "Samtalen kunne ikke lagres: {reason}"
NOTHING_TO_EXPORT = "Det er ingen samtale å lagre ennå."
NEW_CONVERSATION = "Ny samtale startet."
NO_SECTION = "Denne kilden har ingen innholdsfortegnelse å åpne."
NO_RATIONALE = "Ingen begrunnelse er knyttet til dette svaret."
NO_RELATED = "Ingen relaterte anbefalinger til dette svaret."

# Key descriptions (footer and help screen).
KEY_QUIT = "Avslutt"
KEY_HELP = "Hjelp"
KEY_NEW = "Ny samtale"
KEY_EXPORT = "Lagre"
KEY_BROWSE = "Innhold"
KEY_GLOSSARY = "Ordliste"
KEY_DIRECTORY = "Adresser"
KEY_BACK = "Tilbake"
KEY_COPY_CITATION = "Kopier kilde"
KEY_COPY_TEXT = "Kopier tekst"
KEY_OPEN = "Åpne avsnitt"
KEY_RELATED = "Relaterte"
KEY_RATIONALE = "Begrunnelse"
KEY_HISTORY_BACK = "Forrige spørsmål"
KEY_HISTORY_FORWARD = "Neste spørsmål"
KEY_FILTER = "Filter"
KEY_LEARN = "Opplæring"
KEY_NEXT_STEP = "Neste steg"
KEY_PREVIOUS_STEP = "Forrige steg"

# Onboarding route.
LEARN_TITLE = "Opplæring – steg {step} av {steps}: {title}"
STEP_SEEN = "✓ "
STEP_NOT_SEEN = "  "
LEARN_NEXT = "Trykk n for neste steg, p for forrige. Fremdriften huskes til du lukker programmet."
LEARN_DONE = "Dette var siste steg. Still gjerne spørsmål i samtalen (Escape)."
LEARN_EMPTY = "Retningslinjen har ingen tekst til dette steget."

HELP_INTRO = (
    "Skriv et spørsmål med vanlige ord, gjerne med skrivefeil eller på engelsk. Svaret siterer kildene "
    "ordrett: hvert treff viser graderingen (A–D), om retningslinjen sier skal, bør eller kan, avsnittet "
    "det står i og en kildehenvisning du kan kopiere. Oppfølgingsspørsmål som «og for opioider?» bygger "
    "på spørsmålet før."
)
HELP_READING_TITLE = "Slik leser du svaret"
HELP_READING = [
    ("Ikke dekket", "Kildene svarer ikke på spørsmålet. Det står øverst; avsnittene under er bare de nærmeste."),
    ("Forslag 1, 2, 3", "Retningslinjen har egne anbefalinger for hvert rusmiddel. Trykk tallet for å se dem."),
    ("UTKAST", "Kilden er et utkast til retningslinje; teksten er ikke endelig og kan bli endret."),
]
HELP_KEYS_TITLE = "Taster"
HELP_GRADES_TITLE = "Gradering av anbefalingene (A–D)"
HELP_STRENGTH_TITLE = "Skal, bør og kan"
HELP_DRAFT_TITLE = "Om kilden"
HELP_DRAFT_DEFAULT = "Retningslinjen er et utkast; teksten er ikke endelig."
HELP_CLOSE = "Trykk Escape for å lukke. PageUp/PageDown blar."
HELP_KEYS = [
    ("Enter", "Still spørsmålet"),
    ("1–9", "Velg et forslag når svaret gir forslag (spørsmålsfeltet må være tomt)"),
    ("↑ / ↓", "Bla i spørsmålene du har stilt i denne økten"),
    ("PageUp / PageDown", "Bla i samtalen"),
    ("Tab / Shift+Tab", "Til første treff i siste svar, så videre mellom treffene"),
    ("o / Enter", "Åpne avsnittet valgt treff er hentet fra"),
    ("c", "Kopier kildehenvisningen til valgt treff"),
    ("y", "Kopier teksten til valgt treff med kildehenvisning"),
    ("r", "Vis eller skjul relaterte anbefalinger for valgt treff"),
    ("b", "Vis eller skjul begrunnelsen for valgt treff"),
    ("Andre tegn", "Skrives i spørsmålsfeltet, også når et treff er valgt"),
    ("Ctrl+N", "Ny samtale"),
    ("Ctrl+E", "Lagre samtalen som Markdown-fil i Dokumenter-mappen din (stien vises, bare du kan lese filen)"),
    ("F2", "Innholdsfortegnelse: bla i retningslinjen (Ctrl+F: filter, f.eks. «grad:A»)"),
    ("F3", "Ordliste: forkortelser og begreper"),
    ("F4", "Adresseliste: avrusningsenheter og fengselshelsetjenester, filter på region, sted, type og poliklinisk"),
    ("F5", "Opplæring: en guidet vei gjennom retningslinjen, steg for steg (n: neste, p: forrige)"),
    ("Escape", "Tilbake til spørsmålsfeltet (og til samtalen fra andre skjermbilder)"),
    ("F1 / ?", "Denne hjelpen (? virker når du ikke skriver i et felt)"),
    ("Ctrl+Q", "Avslutt"),
]
# Used when the glossary holds no "grade"/"strength" terms.
GRADE_FALLBACK = {
    "A": "Høy kvalitet: støtte i minst én randomisert, kontrollert studie.",
    "B": "God kvalitet: støtte i minst én god klinisk studie.",
    "C": "Ekspertuttalelser: mangler direkte anvendbare kliniske studier.",
    "D": "Gode råd for praksis, basert på klinisk erfaring.",
}
STRENGTH_FALLBACK = {
    "skal": (
        "Noe er lov- eller regelfestet, eller så klart faglig forankret at det sjelden er forsvarlig "
        "å gjøre annet."
    ),
    "bør": "En sterk anbefaling.",
    "kan": "En svak anbefaling.",
}

# Browse screens.
BROWSE_TITLE = "Innholdsfortegnelse"
BROWSE_FILTER_PLACEHOLDER = "Filter: ord eller grad:A"
BROWSE_EMPTY = "Velg et avsnitt med piltastene; Enter åpner og lukker et kapittel."
BROWSE_SUBSECTIONS = "Underavsnitt"
BROWSE_RECOMMENDATIONS = "Anbefalinger"
BROWSE_TEXT = "Tekst"
BROWSE_NO_RECOMMENDATIONS = "Avsnittet har ingen egne anbefalinger."
BROWSE_NOT_FOUND = "Avsnitt {number} finnes ikke i innholdsfortegnelsen."
GRADE_FILTER_PREFIX = "grad:"
GLOSSARY_TITLE = "Ordliste"
GLOSSARY_FILTER_PLACEHOLDER = "Filtrer forkortelser og begreper … (Esc: tilbake)"
GLOSSARY_KINDS = {
    "grade": "Gradering",
    "strength": "Styrke",
    "abbreviation": "Forkortelser",
    "definition": "Begreper",
}
GLOSSARY_NO_MATCH = "Ingen ord passer filteret."
DIRECTORY_TITLE = "Avrusningsenheter og fengselshelsetjenester"
DIRECTORY_NOTICE = (
    "Listen er vedlegget til retningslinjen slik det står i utkastet, og kan være utdatert. "
    "Sjekk telefon og adresse før du henviser."
)
DIRECTORY_TOWN_PLACEHOLDER = "Sted, f.eks. «Bodø» (hele ord)"
DIRECTORY_NAME_PLACEHOLDER = "Navn inneholder … (Esc: tilbake)"
DIRECTORY_ALL_REGIONS = "Alle regioner"
DIRECTORY_ALL_KINDS = "Alle typer"
DIRECTORY_OUTPATIENT_ONLY = "Tilbyr poliklinisk avrusning"
DIRECTORY_UNKNOWN = "–"
DIRECTORY_COLUMNS = ("Navn", "Sted", "Telefon", "Poliklinisk", "Region")
DIRECTORY_INCOMPLETE_MARK = "⚠ "
DIRECTORY_INCOMPLETE_LEGEND = " · ⚠ = ufullstendige opplysninger i vedlegget"
DIRECTORY_INCOMPLETE = "⚠ Ufullstendig i vedlegget: {problems}."
YES = "ja"
NO = "nei"
DIRECTORY_COUNT = "{shown} av {total} enheter"

# Export.
EXPORT_TITLE = "# Samtale med veilederen ({stamp})"
EXPORT_QUESTION = "## Spørsmål: {question}"
EXPORT_SOURCE = "Kilde: {citation}"
EXPORT_DRAFT = "*{notice}*"
EXPORT_NOT_COVERED = "Nærmeste avsnitt (svarer ikke på spørsmålet):"
EXPORT_REFERENCED = "Anbefalinger det vises til:"
EXPORT_RELATED = "Relaterte anbefalinger – {label}:"
EXPORT_SUPPORTING = "Dokumentasjon og bakgrunnsstoff fra andre kilder (ikke anbefalinger):"
EXPORT_CHOICES = "Forslag:"
EXPORT_FILE_PREFIX = "veileder-samtale-"
