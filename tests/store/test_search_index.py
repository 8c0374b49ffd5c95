"""The FTS5 search index: 1-, 2- and n-character substrings, pinyin, rare characters, hostile
input, updates and the integrity check, on a temp-file SQLite database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, create_engine, text

from mediation_desk.store.search_index import (
    SEARCH_SCHEMA_V1,
    SearchDocument,
    SearchHit,
    bulk_index,
    count,
    index_document,
    integrity_check,
    remove_document,
    search,
)

# Indexed in this order, so row ids (and the newest-first order) follow it.
DOCS = (
    SearchDocument(
        "case",
        "c1",
        ("双方因宅基地纠纷发生争执，经调解达成协议。", "张三于十日内向李四支付补偿款3000元。"),
        ("张三", "李四"),
    ),
    SearchDocument("case", "c2", ("邻里之间因排水沟渠问题产生矛盾。",), ("单雄信",)),
    SearchDocument("case", "c3", ("土地承包经营权纠纷，ABC Company 合同",), ("曾国藩", "王五")),
    SearchDocument("person", "p1", ("东坡村",), ("张三",)),
    SearchDocument("person", "p2", (), ("王䶮",)),
    SearchDocument("person", "p3", ("住址：𠮷村",), ("𠮷祥",)),
    SearchDocument("person", "p4", (), ("欧阳修",)),
    SearchDocument("person", "p5", ("⽇期不详",), ("张三丰",)),  # ⽇ = KANGXI RADICAL SUN
)


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        for statement in SEARCH_SCHEMA_V1:
            conn.exec_driver_sql(statement)
    return engine


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return _make_engine(tmp_path / "t.db")


@pytest.fixture
def conn(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as c:
        for doc in DOCS:
            index_document(c, doc)
        yield c


def ids(hits: list[SearchHit]) -> set[str]:
    return {h.entity_id for h in hits}


# --- characters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("王", {"c3", "p2"}),
        ("张三", {"c1", "p1", "p5"}),
        ("宅基地纠", {"c1"}),  # inside a longer run of text
        ("向李四支付", {"c1"}),  # middle of the second text
        ("沟渠问", {"c2"}),
        ("纠纷发生争执经调解", {"c1"}),  # the comma between is ignored
        ("纠纷", {"c1", "c3"}),
        ("3000", {"c1"}),
        ("300", {"c1"}),
        ("company", {"c3"}),  # Latin text in facts, via the character phrase
        ("ＡＢＣ", {"c3"}),  # full-width and upper case fold to abc
        ("日期", {"p5"}),  # Kangxi radical ⽇ in the text is NFKC-normalised to 日
        ("𠮷", {"p3"}),  # U+20BB7, outside the BMP
        ("𠮷村", {"p3"}),
        ("䶮", {"p2"}),  # U+4DAE, Ext-A
        ("赵", set()),
    ],
)
def test_substring_search(conn: Connection, query: str, expected: set[str]) -> None:
    assert ids(search(conn, query)) == expected
    assert count(conn, query) == len(expected)


def test_phrases_do_not_run_across_fields(conn: Connection) -> None:
    assert search(conn, "三李") == []  # end of name 张三 + start of name 李四
    assert search(conn, "四双") == []  # end of name 李四 + start of the facts


# --- pinyin --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zhangsan", {"c1", "p1", "p5"}),  # prefix: 张三丰 = zhangsanfeng too
        ("zs", {"c1", "p1", "p5"}),
        ("zhangs", {"c1", "p1", "p5"}),
        ("ZhangSan", {"c1", "p1", "p5"}),
        ("zhangsanf", {"p5"}),
        ("zsf", {"p5"}),
        ("shan", {"c2"}),  # 单 as a surname
        ("shanxiongxin", {"c2"}),
        ("sxx", {"c2"}),
        ("danxiongxin", {"c2"}),  # ordinary reading kept as a variant
        ("zeng", {"c3"}),  # 曾 as a surname
        ("zgf", {"c3"}),
        ("ouyangxiu", {"p4"}),
        ("oyx", {"p4"}),
        ("wangyan", {"p2"}),
        ("xiang", {"p3"}),  # 𠮷祥: the unknown 𠮷 contributes nothing
        ("lisi", {"c1"}),
        ("qian", set()),
    ],
)
def test_pinyin_search(conn: Connection, query: str, expected: set[str]) -> None:
    assert ids(search(conn, query)) == expected
    assert count(conn, query) == len(expected)


# --- terms, filters, paging ----------------------------------------------------------------


def test_whitespace_separated_terms_must_all_match(conn: Connection) -> None:
    assert ids(search(conn, "张三 宅基地")) == {"c1"}
    assert ids(search(conn, "zs 宅基地")) == {"c1"}
    assert ids(search(conn, "张三\u3000东坡")) == {"p1"}  # ideographic space
    assert search(conn, "张三 排水") == []


def test_kinds_filter(conn: Connection) -> None:
    assert ids(search(conn, "张三", kinds={"person"})) == {"p1", "p5"}
    assert ids(search(conn, "张三", kinds=["case", "person"])) == {"c1", "p1", "p5"}
    assert count(conn, "张三", kinds={"case"}) == 1
    assert search(conn, "张三", kinds=set()) == []
    assert count(conn, "张三", kinds=()) == 0
    assert search(conn, "张三", kinds={"agreement"}) == []


def test_newest_first_with_limit_and_offset(conn: Connection) -> None:
    newest_first = [SearchHit("person", "p5"), SearchHit("person", "p1"), SearchHit("case", "c1")]
    assert search(conn, "张三") == newest_first
    assert search(conn, "张三", limit=2) == newest_first[:2]
    assert search(conn, "张三", limit=2, offset=2) == newest_first[2:]
    assert search(conn, "张三", offset=5) == []
    assert search(conn, "张三", limit=0) == []
    with pytest.raises(ValueError):
        search(conn, "张三", limit=-1)


@pytest.mark.parametrize("query", ["", "   ", "，。！", "——", "*", '""', "\u3000"])
def test_empty_or_punctuation_only_query_finds_nothing(conn: Connection, query: str) -> None:
    assert search(conn, query) == []
    assert count(conn, query) == 0


HOSTILE = [
    '"',
    '张三"',
    '"张三',
    "zhang*",
    "张三*",
    "chars:张三",
    "keys : zs",
    'keys:"zs"*',
    "{chars keys}: 张三",
    "(张三",
    "张三)",
    "NEAR(张三 李四)",
    "NEAR(张三 李四, 2)",
    "AND",
    "OR",
    "NOT",
    "张三 AND",
    "张三 OR 王",
    "张三 NOT 李四",
    "-张三",
    "+张三",
    "^张三",
    "a:b",
    "'; DROP TABLE search_doc; --",
    "\x00",
    "🙂",
    "\ud800",  # a lone surrogate cannot even be encoded as UTF-8
    "张" * 2000,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_fts_syntax_in_user_input_never_raises(conn: Connection, query: str) -> None:
    assert isinstance(search(conn, query), list)
    assert count(conn, query) >= 0


def test_fts_syntax_in_user_input_does_not_change_meaning(conn: Connection) -> None:
    plain = ids(search(conn, "张三"))
    for query in ['"张三"', "张三*", "(张三)", "^张三", "张三:", "{张三}"]:
        assert ids(search(conn, query)) == plain, query
    # OR and NOT are ordinary words, not operators: every term must still match.
    assert search(conn, "张三 OR 王") == []
    assert search(conn, "张三 NOT 李四") == []
    assert ids(search(conn, "zhangsan*")) == ids(search(conn, "zhangsan"))
    assert conn.execute(text("SELECT count(*) FROM search_doc")).scalar_one() == len(DOCS)
    assert integrity_check(conn)


# --- updates -------------------------------------------------------------------------------


def test_reindexing_replaces_the_old_content(conn: Connection) -> None:
    index_document(conn, SearchDocument("case", "c2", ("耕地灌溉用水纠纷",), ("翟志刚",)))
    assert search(conn, "排水") == []
    assert search(conn, "shan") == []
    assert ids(search(conn, "灌溉")) == {"c2"}
    assert ids(search(conn, "zhai")) == {"c2"}
    # The row id is kept, so the case keeps its place in the newest-first order.
    assert [h.entity_id for h in search(conn, "纠纷")] == ["c3", "c2", "c1"]
    assert integrity_check(conn)


def test_reindexing_unchanged_content_is_a_no_op(conn: Connection) -> None:
    before = conn.execute(text("SELECT id, chars, keys FROM search_doc ORDER BY id")).all()
    index_document(conn, DOCS[1])
    after = conn.execute(text("SELECT id, chars, keys FROM search_doc ORDER BY id")).all()
    assert after == before


def test_remove(conn: Connection) -> None:
    remove_document(conn, "case", "c1")
    assert ids(search(conn, "张三")) == {"p1", "p5"}
    assert search(conn, "宅基地") == []
    remove_document(conn, "case", "c1")  # already gone: no error
    remove_document(conn, "nothing", "x")
    assert integrity_check(conn)


def test_the_caller_owns_the_transaction(engine: Engine) -> None:
    with engine.connect() as c:
        index_document(c, DOCS[0])
        assert ids(search(c, "张三")) == {"c1"}
        c.rollback()
        assert search(c, "张三") == []
        assert integrity_check(c)


# --- bulk ----------------------------------------------------------------------------------


def test_bulk_index_gives_the_same_results_as_one_by_one(engine: Engine, tmp_path: Path) -> None:
    one_by_one = _make_engine(tmp_path / "other.db")
    with engine.connect() as bulk, one_by_one.connect() as single:
        assert bulk_index(bulk, DOCS, batch=3) == len(DOCS)
        for doc in DOCS:
            index_document(single, doc)
        for query in ["张三", "王", "zs", "shan", "𠮷", "纠纷", "company"]:
            assert search(bulk, query) == search(single, query), query
        assert integrity_check(bulk)


def test_bulk_index_replaces_existing_and_duplicate_documents(conn: Connection) -> None:
    docs = [
        SearchDocument("case", "c1", ("新的事实：果树越界",), ("张三",)),  # indexed before
        SearchDocument("case", "c9", ("第一版",)),
        SearchDocument("case", "c9", ("第二版",)),  # same batch: the later one wins
        SearchDocument("case", "c8", ("旧文本",)),
        SearchDocument("case", "c7", ("其他",)),
        SearchDocument("case", "c8", ("新文本",)),  # next batch, not yet in FTS5
    ]
    assert bulk_index(conn, docs, batch=4) == 6
    assert ids(search(conn, "果树越界")) == {"c1"}
    assert search(conn, "宅基地") == []
    assert ids(search(conn, "第二版")) == {"c9"}
    assert search(conn, "第一版") == []
    assert ids(search(conn, "新文本")) == {"c8"}
    assert search(conn, "旧文本") == []
    assert conn.execute(text("SELECT count(*) FROM search_doc")).scalar_one() == len(DOCS) + 3
    assert integrity_check(conn)
    with pytest.raises(ValueError):
        bulk_index(conn, docs, batch=0)


def test_integrity_check_notices_a_content_table_out_of_step(conn: Connection) -> None:
    assert integrity_check(conn)
    conn.execute(text("UPDATE search_doc SET chars = '改 动' WHERE entity_id = 'c1'"))
    assert not integrity_check(conn)


# --- the tokenizer and SQLite ------------------------------------------------------------


RARE = [
    "一",  # U+4E00, first URO
    "鿏",  # U+9FCF
    "鿿",  # U+9FFF, last URO
    "㐀",  # U+3400, Ext-A
    "䶮",  # U+4DAE
    "䶿",  # U+4DBF, Unicode 13
    "𠀀",  # U+20000, Ext-B
    "𠮷",  # U+20BB7
    "𪜀",  # U+2A700, Ext-C
    "𫝀",  # U+2B740, Ext-D
    "𫠠",  # U+2B820, Ext-E
    "𬺰",  # U+2CEB0, Ext-F
    "𰀀",  # U+30000, Ext-G
    "𱍐",  # U+31350, Ext-H (Unicode 15, newer than Python 3.11's database)
    "\ue000",  # private use, as in legacy encodings of rare name characters
]


def test_unicode61_makes_every_cjk_character_its_own_token(conn: Connection) -> None:
    # If a character were a separator to unicode61 it would silently vanish from the index
    # and from queries; it would then have to be mapped to a token unicode61 accepts.
    index_document(conn, SearchDocument("person", "rare", ("".join(RARE),)))
    conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search_fts, row)")
    terms = set(conn.execute(text("SELECT term FROM temp.vocab")).scalars())
    assert set(RARE) <= terms
    assert "brk" in terms  # the field break is one token too
    for ch in RARE:
        assert SearchHit("person", "rare") in search(conn, ch), hex(ord(ch))


def test_trigram_would_miss_short_chinese_queries(conn: Connection) -> None:
    """Why the index is one token per character and not trigram (feasibility.md §6)."""
    conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.tri USING fts5(x, tokenize='trigram')")
    conn.execute(text("INSERT INTO temp.tri(x) VALUES ('调解张三与李四的宅基地纠纷')"))
    tri_match = conn.execute(text("SELECT count(*) FROM temp.tri WHERE tri MATCH '\"张三\"'"))
    # A trigram index cannot match a 2-character term, on any SQLite version.
    assert tri_match.scalar_one() == 0
    tri_like = conn.execute(text("SELECT count(*) FROM temp.tri WHERE x LIKE '%张三%'"))
    if sqlite3.sqlite_version_info[:2] == (3, 40):
        # Worse: LIKE on the trigram table silently returns nothing for a short multibyte
        # pattern on 3.40 (3.51 gets it right, by a full scan).
        assert tri_like.scalar_one() == 0
    # Ours finds both whatever the SQLite version.
    assert ids(search(conn, "张三")) == {"c1", "p1", "p5"}
    assert ids(search(conn, "王")) == {"c3", "p2"}


# Every substring of an indexed text is found: Python's idea of a token character and
# unicode61's must agree for that, across CJK planes, ASCII, full-width and punctuation.
ALPHABET = list('张三李四王宅基地纠纷䶮𠮷𪚥\ue000abcXYZ019Ａ１ ，。、-"*:()')


@pytest.fixture(scope="module")
def shared_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return _make_engine(tmp_path_factory.mktemp("prop") / "p.db")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), body=st.text(alphabet=ALPHABET, min_size=1, max_size=40))
def test_any_substring_is_found(shared_engine: Engine, data: st.DataObject, body: str) -> None:
    i = data.draw(st.integers(0, len(body) - 1))
    j = data.draw(st.integers(i + 1, len(body)))
    query = body[i:j]
    with shared_engine.connect() as c:
        index_document(c, SearchDocument("case", "x", ("前文", body, "后文"), ("周七",)))
        hits = search(c, query)
        if count(c, query) == 0 and not hits:
            # Only a query without a single token character may find nothing.
            assert all(not (ch.isalnum() or ch in "䶮𠮷𪚥\ue000") for ch in query)
        else:
            assert hits == [SearchHit("case", "x")]
        c.rollback()
