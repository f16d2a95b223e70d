namespace GridBot.Backtesting.Reports;

/// <summary>The page's only stylesheet, inlined: system fonts, no external assets.</summary>
internal static class ReportStyle
{
    public const string Css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2937;background:#f8fafc;margin:0}
        main{max-width:1240px;margin:0 auto;padding:20px 24px 40px}
        h1{font-size:22px;margin:0 0 2px}
        h2{font-size:16px;margin:0 0 8px}
        .sub{color:#6b7280;margin:0 0 16px}
        section{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px 16px;margin-bottom:16px}
        table.kpis{width:100%;border-collapse:collapse}
        table.kpis tbody{display:grid;grid-template-columns:repeat(auto-fill,minmax(270px,1fr));column-gap:28px}
        table.kpis tr{display:flex;justify-content:space-between;gap:12px;border-bottom:1px solid #f1f5f9;padding:4px 0}
        table.kpis th{font-weight:normal;color:#4b5563;text-align:left}
        table.kpis td{font-weight:600;font-variant-numeric:tabular-nums;text-align:right}
        .chart{overflow-x:auto}
        svg{width:100%;min-width:960px;height:auto;display:block}
        svg text{font-size:12px;fill:#4b5563}
        .grid{stroke:#eef2f7}
        .frame{fill:none;stroke:#cbd5e1}
        .legend text{fill:#374151}
        .band{fill:#93c5fd}
        .close{fill:none;stroke:#1e40af;stroke-width:1.1}
        .level{stroke:#94a3b8;stroke-width:1;stroke-dasharray:6 4}
        .buy{fill:#16a34a}
        .sell{fill:#dc2626}
        .start{fill:#7c3aed;stroke:#fff}
        .exit{fill:#f59e0b;stroke:#fff}
        .fills path{opacity:.85}
        .equity{fill:none;stroke:#2563eb;stroke-width:1.6}
        .bh{fill:none;stroke:#f59e0b;stroke-width:1.4}
        .start-value{stroke:#9ca3af;stroke-dasharray:2 3}
        .dd polyline,line.dd{fill:none;stroke:#dc2626;stroke-dasharray:4 3}
        .dd circle{fill:#dc2626}
        .dd text{fill:#dc2626;font-weight:600}
        .empty{font-size:16px;fill:#9ca3af}
        .note{color:#6b7280;font-size:13px;margin:6px 0 0}
        footer{color:#9ca3af;font-size:12px}
        """;
}
