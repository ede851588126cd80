"""Tests of dangjian_desktop.services."""
