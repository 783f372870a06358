import { Button, Modal } from "antd";

/** The receipt of an order as the API printed it, for the customer. */
export function ReceiptModal({ order, onClose }: {
  order: { number: string; receipt: string } | null; onClose: () => void;
}) {
  return (
    <Modal open={order !== null} title={order ? `订单 ${order.number}` : ""} onCancel={onClose} footer={[
      <Button key="print" onClick={() => window.print()}>打印小票</Button>,
      <Button key="ok" type="primary" onClick={onClose} data-testid="receipt-close">完成</Button>,
    ]}>
      <pre data-testid="receipt" style={{ fontFamily: "monospace", fontSize: 13, width: "32ch", margin: "0 auto" }}>{order?.receipt}</pre>
    </Modal>
  );
}
