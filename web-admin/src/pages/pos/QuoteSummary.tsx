import { Spin, Typography } from "antd";
import { formatYuan } from "../../lib/format";
import type { Quote } from "./useCheckoutQuote";

/** What the checkout costs as the API quoted it: its lines, the total (合计), each discount with its label and
 * the payable (应收). While a newer quote is being asked the last one stays, dimmed. */
export function QuoteSummary({ quote, loading }: { quote: Quote | null; loading: boolean }) {
  return (
    <div data-testid="checkout-quote" data-loading={loading} style={{ opacity: loading ? 0.6 : 1 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        应收 <span data-testid="checkout-total">{quote ? formatYuan(quote.payable.fen) : "—"}</span>
        {loading && <Spin size="small" style={{ marginLeft: 8 }} />}
      </Typography.Title>
      {quote && (
        <table style={{ width: "100%", color: "#595959" }}>
          <tbody>
            {quote.lines.map((line, i) => (
              <tr key={i} data-testid="quote-line">
                <td>{line.description}</td><td style={{ textAlign: "right" }}>{formatYuan(line.amount.fen)}</td>
              </tr>
            ))}
            <tr style={{ borderTop: "1px dashed #d9d9d9" }}>
              <td>合计</td><td style={{ textAlign: "right" }} data-testid="quote-total">{formatYuan(quote.total.fen)}</td>
            </tr>
            {quote.discounts.map((d, i) => (
              <tr key={i} data-testid="quote-discount" style={{ color: "#cf1322" }}>
                <td>{d.label}{d.line !== null && d.line !== undefined && quote.lines[d.line]
                  ? `（${quote.lines[d.line].description}）` : ""}{d.reason ? `：${d.reason}` : ""}</td>
                <td style={{ textAlign: "right" }}>-{formatYuan(d.amount.fen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
