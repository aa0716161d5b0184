"""Charts drawn with QPainter: a table model, its painting, and a widget to click and copy."""

from .model import ChartModel, Series
from .widget import ChartWidget, chart_menu_button

__all__ = ["ChartModel", "ChartWidget", "Series", "chart_menu_button"]
