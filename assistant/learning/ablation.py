"""What each remaining rule and feature group adds: the same CV with it left out."""

from __future__ import annotations

from assistant.learning.train import Training, Variant, train

FACETS = frozenset({"substance_named", "substance_other", "substance_unnamed", "population_named", "focus",
                    "setting_title"})
WORD_CLASSES = frozenset({"named_unknown", "unknown_capitalised", "unknown_acronym", "unknown_not_in_dictionary",
                          "unknown_plain_noun", "unknown_verb_form"})
VARIANTS = {
    "alt med": Variant(),
    "uten ordassosiasjoner": Variant(associations=False),
    "uten minnet av merkede spørsmål": Variant(memory=False),
    "uten fasett-trekk": Variant(drop_rank=FACETS),
    "uten ordklasse-trekk (dekning)": Variant(drop_coverage=WORD_CLASSES),
}


def ablation(index) -> dict[str, dict]:
    """Variant name -> its cross-validated figures."""
    table = {name: _figures(train(index, variant=variant)) for name, variant in VARIANTS.items()}
    table["uten leksikonets «related»-ord"] = _figures(train(_without_related(index)))
    return table


def _without_related(index):
    """The same corpus indexed with a lexicon whose entries list no related words."""
    from dataclasses import replace

    from index.engine import build_index
    from index.lexicon import load_lexicon

    lexicon = load_lexicon()
    stripped = replace(lexicon, entries=tuple(replace(e, related=()) for e in lexicon.entries))
    return build_index(index.corpus, stripped)


def _figures(training: Training) -> dict:
    return training.coverage.extra["cross_validated"]


def print_ablation(index) -> None:
    """Print the ablation table."""
    print(f"{'variant':34} {'R@1':>6} {'R@3':>6} {'feil nei':>9} {'fanget':>7}")
    for name, figures in ablation(index).items():
        print(f"{name:34} {figures['recall_at_1']:6.3f} {figures['recall_at_3']:6.3f} "
              f"{figures['wrongly_not_covered']:9.3f} {figures['unanswerable_caught']:7.3f}")
