"""The index service over RamStorage and EncryptedStorage: the required search outcomes,
queries, filters, facets, snippets, catch-up and rebuild."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import MemoryStore

from archive_app.search.index import SearchIndex
from archive_app.search.protocol import IndexableDoc
from archive_app.search.query import SearchFilters

# Short texts written for these tests: one spelling of a name each, inflected.
DOCS = [
    ("be1", "be", "Заява", "Суд над праціўнікамі Лукашэнкі ў Гродне."),
    ("ru1", "ru", "Сообщение", "Интервью Лукашенко о выборах. Позиция Лукашенка неизменна."),
    ("en1", "en", "Report", "Lukashenko's security forces detained students in Hrodna."),
    ("pl1", "pl", "Relacja", "Reżim Łukaszenki zatrzymał dziennikarzy w Grodnie."),
    ("lt1", "be-latn", "Listy", "Łukašenka nie pryznaŭ vynikaŭ."),
    ("ts1", "be", "Ціханоўская", "Святлана Ціханоўская выступіла ў Вільні."),
    ("ts2", "ru", "Тихановская", "Светлана Тихановская встретилась с депутатами."),
    ("ts3", "en", "Tsikhanouskaya", "Sviatlana Tsikhanouskaya met the delegation."),
    ("ts4", "pl", "Cichanouska", "Swiatłana Cichanouska spotkała się z posłami."),
    ("ms1", "be", "Менск", "Акцыя ў Менску сабрала тысячы."),
    ("ms2", "en", "Minsk", "Thousands marched in Minsk on Sunday."),
    ("ms3", "pl", "Mińsk", "Tysiące ludzi w Mińsku."),
    ("ky1", "uk", "Київ", "Делегація прибула до Києва."),
    ("ky2", "en", "Kiev", "The delegation arrived in Kiev."),
    ("by1", "ru", "Беларусь", "Граждане Беларуси вышли на улицы."),
    ("by2", "pl", "Białoruś", "Obywatele Białorusi wyszli na ulice."),
    ("tk1", "ru", "Тихонова", "Анна Тихонова и Лукин выиграли турнир."),
    ("tk2", "en", "Lucas", "Lucas and Tikhonova won the tournament."),
]


def fill(store: MemoryStore) -> None:
    years = ["2019-05-01", "2020-08-09", "2020-08-10", "2021-01-15", None]
    for n, (doc_id, lang, title, text) in enumerate(DOCS):
        store.put(
            IndexableDoc(
                id=doc_id,
                title=title,
                text=text,
                language=lang,
                type="statement" if n % 2 else "evidence",
                date=years[n % len(years)],
                tags=["names"] if doc_id[:2] in ("ts", "tk") else ["places"],
                collection="2020" if n < 9 else None,
                has_attachments=n % 3 == 0,
                file_names=[f"{doc_id}.txt"],
            )
        )


@pytest.fixture
def index(store: MemoryStore, make_index: Callable[..., SearchIndex]) -> SearchIndex:
    fill(store)
    ix = make_index(store)
    ix.catch_up()
    return ix


def ids(index: SearchIndex, query: str, **kwargs: object) -> set[str]:
    return {h.id for h in index.search(query, limit=100, **kwargs).hits}  # type: ignore[arg-type]


LUKASHENKA = {"be1", "ru1", "en1", "pl1", "lt1"}
TSIKHANOUSKAYA = {"ts1", "ts2", "ts3", "ts4"}


@pytest.mark.parametrize(
    "query",
    [
        "Lukashenka",
        "Lukashenko",
        "Лукашенко",
        "Лукашэнка",
        "Łukašenka",
        "Łukaszenka",
        "Лукашэнкі",
        "Łukaszenki",
        "Lukashenko's",
        "Лукашенка",
    ],
)
def test_every_spelling_of_lukashenka_finds_every_other(index: SearchIndex, query: str) -> None:
    assert ids(index, query) == LUKASHENKA


@pytest.mark.parametrize(
    "query",
    [
        "Tsikhanouskaya",
        "Tikhanovskaya",
        "Тихановская",
        "Ціханоўская",
        "Cichanoŭskaja",
        "Cichanouska",
    ],
)
def test_every_spelling_of_tsikhanouskaya(index: SearchIndex, query: str) -> None:
    assert ids(index, query) == TSIKHANOUSKAYA


@pytest.mark.parametrize("query", ["Hrodna", "Grodno", "Гродна", "Гродно"])
def test_hrodna(index: SearchIndex, query: str) -> None:
    assert ids(index, query) == {"be1", "en1", "pl1"}


@pytest.mark.parametrize("query", ["Minsk", "Мінск", "Менск", "Miensk", "Mińsk"])
def test_minsk(index: SearchIndex, query: str) -> None:
    assert ids(index, query) == {"ms1", "ms2", "ms3"}


@pytest.mark.parametrize("query", ["Kyiv", "Kiev", "Київ", "Киев"])
def test_kyiv(index: SearchIndex, query: str) -> None:
    assert ids(index, query) == {"ky1", "ky2"}


def test_inflection(index: SearchIndex) -> None:
    assert "by1" in ids(index, "Беларусь", exact=True)
    assert "by2" in ids(index, "Białoruś", exact=True)


@pytest.mark.parametrize("query", ["Tikhonova", "Лукин", "Lucas"])
def test_other_names_are_not_matched(index: SearchIndex, query: str) -> None:
    found = ids(index, query)
    assert found and found <= {"tk1", "tk2"}


def test_exact_mode_switches_variants_off(index: SearchIndex) -> None:
    assert ids(index, "Lukashenko", exact=True) == {"en1"}
    assert ids(index, '"Лукашэнка"') == {"be1"}
    assert ids(index, '"Lukashenko"') == {"en1"}


def test_ranking_prefers_the_spelling_typed(index: SearchIndex) -> None:
    hits = index.search("Тихановская").hits
    assert hits[0].id == "ts2"


def test_query_language(index: SearchIndex) -> None:
    assert ids(index, "Minsk OR Kyiv") == {"ms1", "ms2", "ms3", "ky1", "ky2"}
    assert ids(index, "Lukashenko AND Hrodna") == {"be1", "en1", "pl1"}
    assert ids(index, "Lukashenko NOT Hrodna") == {"ru1", "lt1"}
    assert ids(index, '"security forces"') == {"en1"}
    assert ids(index, "title:Report") == {"en1"}
    assert ids(index, "лукаш*") >= {"be1", "ru1"}
    assert ids(index, "Lukashenkq~") == {"en1"}


def test_filters(index: SearchIndex) -> None:
    everything = "Lukashenko OR Minsk OR Kyiv OR Tsikhanouskaya"
    found = ids(index, everything)
    assert found == LUKASHENKA | TSIKHANOUSKAYA | {"ms1", "ms2", "ms3", "ky1", "ky2"}
    evidence = {DOCS[n][0] for n in range(0, len(DOCS), 2)}
    in_2020 = {DOCS[n][0] for n in range(len(DOCS)) if n % 5 in (1, 2)}
    assert ids(index, everything, filters=SearchFilters(language="pl")) == {"pl1", "ms3", "ts4"}
    assert ids(index, everything, filters=SearchFilters(type="evidence")) == found & evidence
    assert ids(index, everything, filters=SearchFilters(tag="names")) == TSIKHANOUSKAYA
    assert ids(index, everything, filters=SearchFilters(collection="2020")) == (
        LUKASHENKA | TSIKHANOUSKAYA
    )
    window = SearchFilters(date_from="2020-08-09", date_to="2020-08-10")
    assert ids(index, everything, filters=window) == found & in_2020
    assert ids(index, everything, filters=SearchFilters(date_from="2021")) == found & {
        DOCS[n][0] for n in range(len(DOCS)) if n % 5 == 3
    }
    assert ids(index, "", filters=SearchFilters(has_attachments=True)) == {
        DOCS[n][0] for n in range(0, len(DOCS), 3)
    }


def test_facets_and_sort_by_date(index: SearchIndex) -> None:
    results = index.search("Lukashenko", facets=True, sort="date")
    assert results.total == 5
    assert dict(results.facets["language"]) == {"be": 1, "ru": 1, "en": 1, "pl": 1, "be-latn": 1}
    assert sum(n for _, n in results.facets["type"]) == 5
    assert dict(results.facets["tags"]) == {"places": 5}
    assert dict(results.facets["year"]) == {"2020": 2, "2021": 1, "2019": 1}
    dates = [h.date for h in results.hits if h.date]
    assert dates == sorted(dates, reverse=True)


def test_results_carry_metadata_and_highlighted_snippets(
    index: SearchIndex, store: MemoryStore
) -> None:
    results = index.search("Lukashenko", text_for=store.text)
    hit = next(h for h in results.hits if h.id == "be1")
    assert hit.title == "Заява" and hit.language == "be" and hit.files == ("be1.txt",)
    assert hit.snippet is not None
    assert "[Лукашэнкі]" in hit.snippet.marked()
    ru = next(h for h in results.hits if h.id == "ru1")
    assert ru.snippet is not None and ru.snippet.marked().count("[") == 2
    assert set(ru.to_json()) == {
        "id",
        "title",
        "type",
        "date",
        "language",
        "score",
        "snippet",
        "files",
    }


def test_fuzzy_snippet_marks_only_matched_terms(index: SearchIndex, store: MemoryStore) -> None:
    hit = index.search("Lukashenkq~", text_for=store.text).hits[0]
    assert hit.snippet is not None and "[Lukashenko's]" in hit.snippet.marked()


def test_more_like_this_and_did_you_mean(index: SearchIndex, store: MemoryStore) -> None:
    similar = index.more_like_this("ms2", store.text("ms2") or "")
    assert "ky2" in {h.id for h in similar.hits} and "ms2" not in {h.id for h in similar.hits}
    assert index.search("delegatoin").suggestion == "delegation"
    assert index.search("Lukashenko").suggestion is None


def test_catch_up_applies_adds_edits_and_deletes(index: SearchIndex, store: MemoryStore) -> None:
    store.put(IndexableDoc(id="new", title="Новае", text="Бабарыка застаецца ў турме."))
    store.put(IndexableDoc(id="ms2", title="City", text="Nothing about the city now."))
    store.delete("ky2")
    report = index.catch_up()
    assert report.documents == 3 and not report.rebuilt
    assert ids(index, "Babaryka") == {"new"}
    assert ids(index, "Kyiv") == {"ky1"}
    assert "ms2" not in ids(index, "Minsk")
    assert index.applied_change == store.current_change()
    assert index.catch_up().documents == 0


def test_rebuild_when_the_index_is_newer_than_the_database(
    store: MemoryStore, make_index: Callable[..., SearchIndex]
) -> None:
    fill(store)
    notices: list[str] = []
    ix = make_index(store, notice=notices.append)
    ix.catch_up()
    assert notices == []  # a new index is built quietly
    store.counter = 3  # the database was restored from an older copy (H2)
    store.rows = {k: v for k, v in store.rows.items() if v[0] <= 3}
    report = ix.catch_up()
    assert report.rebuilt and notices and ix.doc_count() == 3


def test_search_before_any_catch_up_builds_the_index_quietly(
    store: MemoryStore, make_index: Callable[..., SearchIndex]
) -> None:
    fill(store)
    notices: list[str] = []
    ix = make_index(store, notice=notices.append)
    assert ids(ix, "Minsk") == {"ms1", "ms2", "ms3"}
    assert notices == []
    assert ix.applied_change == store.current_change()


def test_blank_query_lists_everything_and_bad_sort_is_refused(index: SearchIndex) -> None:
    assert index.search("").total == len(DOCS)
    with pytest.raises(ValueError):
        index.search("x", sort="title")


def test_search_as_you_type(index: SearchIndex) -> None:
    assert ids(index, "Лукаш", as_you_type=True) >= {"be1", "ru1"}
    assert ids(index, "Лукаш") == set()
    assert ids(index, "Менск", as_you_type=True) == {"ms1", "ms2", "ms3"}  # variants kept
    assert ids(index, "Lukashenko Hrod", as_you_type=True) == {"be1", "en1", "pl1"}


def test_user_variant_groups_apply_without_reindexing(index: SearchIndex) -> None:
    from archive_app.search.variants import VariantTable, parse_groups

    assert ids(index, "Светлана") == {"ts2"}
    index.set_variants(VariantTable.default().extended(parse_groups("Светлана | Святлана\n")))
    # Sviatlana and Swiatłana share the key of Святлана.
    assert ids(index, "Светлана") == {"ts1", "ts2", "ts3", "ts4"}


def test_paging_and_field_names_in_suggestions(index: SearchIndex) -> None:
    everything = "Lukashenko OR Minsk OR Kyiv OR Tsikhanouskaya"
    first = [h.id for h in index.search(everything, limit=5, page=1).hits]
    second = [h.id for h in index.search(everything, limit=5, page=2).hits]
    assert len(first) == 5 and len(second) == 5 and not set(first) & set(second)
    assert index.search(everything, limit=5, page=99).hits == []
    assert index.search("title:delegatoin").suggestion == "title:delegation"
