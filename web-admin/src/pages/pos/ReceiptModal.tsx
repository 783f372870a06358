import { Button, Modal } from "antd";
import { useRef } from "react";

/** The receipt of an order as the API made it for the browser (with the e-invoice QR code), for the customer;
 * printing prints the receipt alone. The API's page runs in a sandbox: no scripts, forms, popups or navigation.
 * `allow-same-origin` lets this page call the frame's print() (a frame of an opaque origin refuses it) and
 * `allow-modals` lets the frame open the print dialog; with no `allow-scripts` the page itself can do neither. */
export function ReceiptModal({ order, onClose }: {
  order: { number: string; receiptHtml: string } | null; onClose: () => void;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <Modal open={order !== null} title={order ? `订单 ${order.number}` : ""} onCancel={onClose} width={420} footer={[
      <Button key="print" onClick={() => frame.current?.contentWindow?.print()} data-testid="receipt-print">打印小票</Button>,
      <Button key="ok" type="primary" onClick={onClose} data-testid="receipt-close">完成</Button>,
    ]}>
      {order && (
        <iframe ref={frame} title={`小票 ${order.number}`} data-testid="receipt" srcDoc={order.receiptHtml}
          sandbox="allow-same-origin allow-modals" style={{ width: "100%", height: 560, border: "1px solid #f0f0f0" }} />
      )}
    </Modal>
  );
}
