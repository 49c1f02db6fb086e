"""What blind rounds 283–288 missed or got wrong, read off invented documents: the groups someone sat down with are
the bodies a sentence says they met (not a university they spoke at); a Korean name written given name first
and joined ('minjae park' for Park Min-jae); a counterpart who is neither the person asked about nor his successor;
'tho' at the end of a follow-up."""

from __future__ import annotations

import pytest

from knowledge.answer.answers import KnowledgeBase
from tests.test_reading_kinds import document, knowledge_of
from tests.test_reading_kinds import headline as _headline

MISSION = document(
    "Deputy Secretary Reyes leads cybersecurity trade mission to Korea and Japan",
    "September 28, 2023",
    "From September 20 to 26, Deputy Secretary of Commerce Ana Reyes led a cybersecurity trade mission to Seoul"
    " and Tokyo.",
    "During his visit to Seoul, Deputy Secretary Reyes engaged in meetings with government officials on cybersecurity.",
    "Deputy Secretary Reyes also convened multiple meetings with representatives from the U.S. and South Korean"
    " private sectors. These included a session with the European Chamber of Commerce in Korea and a meeting with"
    " the Korea Robotics Industry Association.",
    "The mission concluded in Japan, where Deputy Secretary Reyes engaged with Japanese officials.",
    "Deputy Secretary Reyes delivered a policy speech at Harmon University Japan to cap off the cybersecurity"
    " mission, outlining the Department's commitment to critical technologies.",
)

FINANCE = document(
    "Finance ministers of Korea and the U.S. hold a call",
    "December 20, 2023",
    "South Korea's Finance Minister Park Min-jae thanked U.S. Treasury Secretary Dana Whitfield during a"
    " teleconference on Wednesday.",
    "Park, who is set to leave his post to run in the April general elections, praised the bilateral ties.",
    "In a related development, Lee Do-hyun, the former senior presidential secretary for economic affairs, has"
    " been appointed as the new minister of economy and finance. In this role, Lee will also serve as the deputy"
    " prime minister for the economy, succeeding Park.",
)

SESSIONS = document(
    "2nd special session of the Joint Committee held in Washington",
    "October 5, 2017",
    "The Ministry of Trade and the U.S. Trade Representative convened the second session of the Joint Committee"
    " on October 4 in Washington, D.C.",
    "Trade Minister Han Ji-won was joined by officials from the Ministry of Strategy and Finance and the"
    " Ministry of Foreign Affairs.",
    "At the meeting, representatives continued talks on matters discussed in the first special session on"
    " August 22 in Seoul.",
)

DOCUMENTS = {"mission.txt": MISSION, "finance.txt": FINANCE, "sessions.txt": SESSIONS}


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return knowledge_of(tmp_path_factory.mktemp("blind283"), DOCUMENTS)


def headline(kb: KnowledgeBase, question: str, subject: str | None = None) -> str:
    return _headline(kb, question, subject) or ""


@pytest.mark.parametrize(
    "question",
    [
        "which organizations did reyes meet with at the end of the cybersecurity mission",
        "which groups did dep sec reyes sit down w/ in japan on the cybersecurity mission?",
    ],
)
def test_groups_sat_down_with_are_the_bodies_met_never_a_university_spoken_at(kb: KnowledgeBase, question: str) -> None:
    """Before, the sentence naming the speech's university answered with the bodies met. A body met is named by
    a sentence that says a meeting ('a session with', 'a meeting with')."""
    answer = headline(kb, question)
    assert "European Chamber of Commerce in Korea" in answer and "Korea Robotics Industry Association" in answer
    assert "Harmon University" not in answer


def test_a_university_spoken_at_is_no_body_met_however_the_speech_is_told(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """'spoke at' tells a speech, not a meeting: it is not among the words that say one (rules meetings_said)."""
    spoke = MISSION.replace("delivered a policy speech at", "spoke at")
    kb = knowledge_of(tmp_path_factory.mktemp("spoke"), {"mission.txt": spoke})
    assert "Harmon University" not in headline(kb, "which organizations did reyes meet with at the end of the mission")


def test_a_counterpart_is_never_the_one_whose_counterpart_is_asked_nor_his_successor(kb: KnowledgeBase) -> None:
    """'who was minjae parks counterpart': not Lee Do-hyun, told as 'succeeding Park', nor Park himself."""
    for question in ("who was minjae parks counterpart", "who was parks counterpart on the call"):
        answer = headline(kb, question)
        assert not answer.startswith(("Lee Do-hyun", "Park Min-jae")), (question, answer)


@pytest.mark.parametrize(
    "question",
    [
        "who took over from minjae park as finance minister",
        "who took over from minjae park as rok finance minister when park left to run in the april elections?",
    ],
)
def test_a_korean_name_given_name_first_and_joined_names_the_official(kb: KnowledgeBase, question: str) -> None:
    """'minjae park' is Park Min-jae: before, his own title answered 'who took over from' him."""
    assert headline(kb, question).startswith("Lee Do-hyun")


def test_tho_at_the_end_of_a_follow_up_asks_nothing_more(kb: KnowledgeBase) -> None:
    first = kb.answer("which ministries were at the joint committee special session in DC with trade min han?")
    assert "Ministry of Strategy and Finance" in headline(kb, "which ministries joined trade min han in DC?")
    assert "August 22, 2017" in headline(kb, "when was the 1st special session tho?", first.subject)


def test_took_over_as_asks_who_was_appointed_not_who_held_the_office_before(kb: KnowledgeBase) -> None:
    """'who took over as finance minister' had answered Park, the minister who left: taking over as is taking
    office, which a sentence saying 'appointed as the new minister' tells."""
    assert headline(kb, "who took over as finance minister from park").startswith("Lee Do-hyun")


def test_a_count_asked_with_a_number_sign_is_in_the_noun_after_it() -> None:
    from knowledge.answer.question_type import question_shape

    shape = question_shape("how long is lee jae-myung's china state trip, # days")
    assert (shape.answer_type, shape.unit) == ("number", "days")


def test_bkfst_is_breakfast() -> None:
    from knowledge.answer.normalize import normalize

    assert normalize("cho bkfst mtg w campbell") == normalize("cho breakfast mtg w campbell")
