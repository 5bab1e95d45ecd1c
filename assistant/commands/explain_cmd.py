"""`veileder index explain`: how a question was analysed, ranked and judged, feature by feature."""

from __future__ import annotations

from collections.abc import Callable


def explain(question: str, notice: Callable[[str], None], after: str | None = None) -> int:
    """Print the analysis, the learned ranking and the coverage verdict of `question`
    (asked right after `after`, with the follow-up decision, when given)."""
    from assistant.ranker import ranker_model
    from assistant.service import create_assistant
    from assistant.verdict import coverage_model

    assistant = create_assistant(on_notice=notice)
    conversation = assistant.new_conversation()
    if after:
        assistant.ask(after, conversation)
        _followup(question, conversation)
    seen = []
    assistant.observer = seen.append
    answer = assistant.ask(question, conversation)
    # After an earlier question, show the analysis of what was searched: the merged follow-up.
    result = assistant.index.search(answer.understood_as if after else question, top=5)
    _analysis(result.query)
    if not seen:
        print(f"Status: {answer.status} (svart uten søk: {answer.message or 'oppslag'})")
        return 0
    observation = seen[-1]
    ranker, coverage = ranker_model(), coverage_model()
    print("Rangering (lært modell, assistant/data/ranker.json; viktigste bidrag per treff):")
    for rank, (hit, score, row) in enumerate(zip(observation.hits[:5], observation.scores, observation.rank_rows), 1):
        chunk = hit.chunk
        label = f"{chunk.section} anbefaling {chunk.rec}" if chunk.rec else f"{chunk.section or ''} ({chunk.kind})"
        parts = ", ".join(f"{name} {value:+.2f}" for name, value in list(ranker.contributions(row).items())[:4])
        print(f"{rank}. {label}  poeng {score:.2f} (BM25 {hit.bm25:.2f}; {parts})")
    _neighbours(observation.neighbours)
    verdict = observation.verdict
    thresholds = coverage.extra.get("thresholds", {})
    print(f"Dekning: {verdict.status}, sannsynlighet {verdict.probability:.2f} "
          f"(ikke dekket under {thresholds.get('not_covered')}, delvis under {thresholds.get('answered')}; "
          "assistant/data/coverage.json)")
    for name, value in list(coverage.contributions(verdict.row).items())[:6]:
        print(f"   {name} {value:+.2f}")
    if verdict.missing:
        print(f"Ord kildene ikke har: {', '.join(verdict.missing)}")
    return 0


def _followup(question: str, conversation) -> None:
    """The follow-up decision's probability and each feature's share of its score."""
    from assistant.context import followup_chance
    from assistant.facets import detect
    from assistant.followup import THRESHOLD, followup_model, followup_row

    previous = conversation.turns[-1]
    named = detect(question)
    chance = followup_chance(question, named, previous)
    reading = "oppfølging av forrige spørsmål" if chance >= THRESHOLD else "nytt spørsmål"
    print(f"Oppfølging: {reading}, sannsynlighet {chance:.2f} (grense {THRESHOLD}; assistant/data/followup.json)")
    row = followup_row(question, named, previous.question, set(previous.facets))
    for name, value in list(followup_model().contributions(row).items())[:5]:
        print(f"   {name} {value:+.2f}")


def _neighbours(neighbours) -> None:
    """The nearest labelled questions behind the memory_* features."""
    print("Nærmeste merkede spørsmål (assistant/data/memory.json; memory_*-trekkene):")
    if not neighbours.found:
        print("   –")
    for neighbour in neighbours.found[:5]:
        targets = ", ".join(_target(t) for t in neighbour.targets) or "ikke dekket"
        print(f"   {neighbour.similarity:.2f} «{neighbour.text}» → {targets}")


def _target(target: dict) -> str:
    place = target.get("section") or f"kilde {target['source']}"
    return f"{place} anbefaling {target['rec']}" if "rec" in target else place


def _analysis(analyzed) -> None:
    print(f"Spørsmål: {analyzed.text}")
    print(f"Ord: {' '.join(analyzed.tokens) or '–'}")
    print("Grunnformer: " + (", ".join(f"{k}→{v}" for k, v in analyzed.lemmas.items() if k != v) or "–"))
    print("Sammensetninger: " + (", ".join(f"{k}→{'+'.join(v)}" for k, v in analyzed.splits.items()) or "–"))
    print("Rettede skrivefeil: " + (", ".join(f"{k}→{v}" for k, v in analyzed.repairs.items()) or "–"))
    print(f"Utvidet med: {', '.join(analyzed.expansions) or '–'}")
    print(f"Ukjente ord: {', '.join(analyzed.unknown) or '–'}")
    related = ", ".join(analyzed.related)
    if related:
        related += f" (søkt som {', '.join(analyzed.related_terms)})"
    print(f"Beslektet, men ikke omtalt i kildene: {related or '–'}")
    print(f"Sammensetninger kildene ikke bruker: {', '.join(analyzed.unfamiliar_compounds) or '–'}")
    print(f"Søkeord: {' '.join(analyzed.terms) or '–'}")
