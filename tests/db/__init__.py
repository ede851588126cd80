"""Tests of dangjian_desktop.db."""
