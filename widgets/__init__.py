"""Rapport's ipywidgets layer: thin UI over the ``rapport`` core.

Widgets compose ipywidgets children, observe ``value`` changes by name, call ``rapport`` for
every computation, and show any error in their own callbacks to the learner. Importing this
package switches altair to the offline renderer, once, for every chart the notebooks show.
"""

from rapport.charts import enable_offline_renderer
from widgets.audit_summary import AuditSummary
from widgets.call_plan import CallPlanner
from widgets.coach import MessageCoach
from widgets.errors import ErrorPanel
from widgets.highlight_editor import HighlightEditor
from widgets.keys import Shortcuts
from widgets.my_five import MyFiveForm
from widgets.quiz import ReplyQuiz
from widgets.tagger import Tagger
from widgets.tracker_dashboard import ReviewPanel, WeeklyDashboard
from widgets.tracker_form import LogForm
from widgets.year_explorer import YearExplorer

enable_offline_renderer()

__all__ = [
    "AuditSummary",
    "CallPlanner",
    "ErrorPanel",
    "HighlightEditor",
    "LogForm",
    "MessageCoach",
    "MyFiveForm",
    "ReplyQuiz",
    "ReviewPanel",
    "Shortcuts",
    "Tagger",
    "WeeklyDashboard",
    "YearExplorer",
]
