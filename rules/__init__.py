"""Rule packs shipped with riskcheck (editors' data); importable only so they ship in the wheel."""
