"""The names Slack sends back: action ids of buttons and menus, callback ids of modals and the shortcut.

One place, so the renderers that put them in messages and the listeners that answer them agree.
"""

from __future__ import annotations

ACTION_SHARE = "usrok_share"
ACTION_MORE = "usrok_more"
ACTION_SUGGEST = "usrok_suggest"  # followed by _0, _1, _2: a message's action ids must differ
ACTION_SOURCE = "usrok_source"  # 'View source' on one answer
ACTION_SOURCE_PICK = "usrok_source_pick"  # 'View a source' menu under a list
ACTION_HELPFUL = "usrok_feedback_up"
ACTION_WRONG = "usrok_feedback_down"
ACTION_REPORT = "usrok_report"
ACTION_ASK_DOCUMENT = "usrok_ask_document"
ACTION_UNSUBSCRIBE = "usrok_unsubscribe"  # in a digest: this channel
ACTION_HOME_SUBSCRIBE = "usrok_home_subscribe"  # on the home tab: a channel picker
ACTION_HOME_UNSUBSCRIBE = "usrok_home_unsubscribe"  # on the home tab: one channel's button

VIEW_REPORT = "usrok_report_view"
VIEW_ASK_DOCUMENT = "usrok_ask_document_view"
SHORTCUT_ASK = "usrok_ask_message"  # the message shortcut 'Ask usrok about this' (manifest.yml)

REPORT_BLOCK, REPORT_INPUT = "comment", "comment_input"
QUESTION_BLOCK, QUESTION_INPUT = "question", "question_input"
