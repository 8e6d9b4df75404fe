"""One session's report as its own PDF: the same page as in the book, with the event on top."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, HRFlowable, Spacer

from cafedesk.domain.errors import NotFoundError
from cafedesk.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from cafedesk.domain.model import PaperSize
from cafedesk.domain.notes import ProceedingsData
from cafedesk.exports.output import atomic_output
from cafedesk.exports.pdf_doc import CafedeskDoc, PageCount
from cafedesk.exports.pdf_style import RULE, format_dates, para, styles
from cafedesk.exports.photos import PhotoContext
from cafedesk.exports.proceedings import masthead
from cafedesk.exports.report_blocks import Lookup, session_story

NO_TOPIC = QT_TRANSLATE_NOOP("cafedesk", "There is no session with this number.")


def build_session_report(
    data: ProceedingsData,
    topic_id: int,
    out: BinaryIO | Path,
    *,
    paper: PaperSize,
    translate: Translate = identity,
) -> int:
    """Write the report of topic ``topic_id``; returns the page count."""
    topic = next((t for t in data.snapshot.topics if t.id == topic_id), None)
    if topic is None:
        raise NotFoundError(NO_TOPIC)
    event = data.snapshot.event
    with atomic_output(out) as handle:
        doc = CafedeskDoc(
            handle,
            paper=paper,
            masthead=masthead(data, translate),
            translate=translate,
            lang=event.language,
            title=f"{topic.number}. {topic.title} — {event.title}",
            cover=False,
        )
        geo = doc.portrait_geometry
        st = styles()
        context = PhotoContext(data.load_photo, lambda: doc.build_pass <= 1, translate)
        story: list[Flowable] = [PageCount(doc)]
        story.append(para(event.title, st.muted))
        dates = format_dates(event.start_date, event.end_date, translate)
        if dates:
            story.append(para(dates, st.muted))
        story += [Spacer(1, 4), HRFlowable(width="100%", thickness=0.5, color=RULE), Spacer(1, 10)]
        story += session_story(data, topic, Lookup.of(data.snapshot), translate, geo, context, 0)
        doc.multiBuild(story)
        return int(doc.total_pages or doc.page)
