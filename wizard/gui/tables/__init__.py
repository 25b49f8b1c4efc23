"""Tables for the list-shaped parts of the proposal (KPIs, cash flows, risks, partners...)."""
