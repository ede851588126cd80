"""Tests of dangjian_desktop.cli."""
