"""Tests of dangjian_desktop.export."""
