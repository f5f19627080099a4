"""The page content is the one <main>: Material's outer <main> becomes a <div>, and only when the content is one."""

from __future__ import annotations

from schemebook.adapter.landmarks import CONTENT, OUTER, PLAIN, content_as_main


def test_the_outer_main_becomes_a_div_around_the_content_main() -> None:
    page = f"<body>{OUTER}<nav>n</nav>{CONTENT}<p>text</p></main><button>top</button></main><footer></footer></body>"
    written = content_as_main(page)
    assert (
        written
        == f"<body>{PLAIN}<nav>n</nav>{CONTENT}<p>text</p></main><button>top</button></div><footer></footer></body>"
    )
    assert written.count("<main") == 1 and written.count("</main>") == 1


def test_a_page_from_another_theme_is_left_alone() -> None:
    page = f"<body>{OUTER}<div class='md-content'>text</div></main></body>"
    assert content_as_main(page) == page
