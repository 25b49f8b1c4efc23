"""The main window: its frame (sidebar, pages, guidance, menus) and the pages it builds on first use."""
