"""The summary section of issue 19 (``voc demo`` prints it after its own): signs that
customers' expectations change, and the candidate themes behind them. The
README's "Signs that expectations change" shows the same tables."""

from __future__ import annotations

EXPECTATION_QUERIES: dict[str, str] = {
    "Signs that expectations change": """
        SELECT formatDateTime(created_at, '%Y-%m-%d %H:%i') AS at, rule,
               if(rule = 'emerging_theme', details['key_phrases'],
                  concat(details['signal'], ': ', details['item'])) AS what,
               explanation
        FROM voc.alerts FINAL
        WHERE rule IN ('emerging_theme', 'expectation_shift')
        ORDER BY created_at LIMIT 10""",
    "Candidate themes and alternatives (alerted first, then most customers)": """
        SELECT theme_id, sum(customers) AS customers, sum(negative) AS negative,
               min(first_seen) AS first_seen, max(alerted_at) AS alerted_at
        FROM voc.themes FINAL
        GROUP BY theme_id ORDER BY isNull(alerted_at), customers DESC LIMIT 8""",
}
