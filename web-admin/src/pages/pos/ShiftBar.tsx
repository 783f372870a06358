import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Form, Input, InputNumber, Modal, Space, Tag } from "antd";
import { useState } from "react";
import { CurrentShiftDocument, ShiftCloseDocument, ShiftOpenDocument } from "../../gql/graphql";
import { formatTime, formatYuan } from "../../lib/format";
import { submitMutation } from "../../lib/mutate";
import { useSession } from "../../lib/session";
import { CardTopUp } from "./CardTopUp";
import { CashDrop } from "./CashDrop";
import { HandOver } from "./HandOver";

const TENDER_NAMES: Record<string, string> = {
  CASH: "现金", UNIONPAY: "银行卡", WECHAT: "微信", ALIPAY: "支付宝", CARD: "储值卡", POINTS: "积分", COUPON: "优惠券",
  ON_ACCOUNT: "挂账",
};

/** The station's shift: who, since when, what each tender took and the cash that should be in the drawer; open,
 * top up a stored-value card with cash (储值卡充值), drop cash into the safe (投款), close (交班) with the cash count
 * or hand over to the next cashier (交接班, needs the station's staff list). */
export function ShiftBar({ stationId }: { stationId: string }) {
  const { message, modal } = App.useApp();
  const { can } = useSession();
  const { data, refetch } = useQuery(CurrentShiftDocument, { variables: { stationId }, pollInterval: 5000 });
  const [openShift] = useMutation(ShiftOpenDocument);
  const [closeShift] = useMutation(ShiftCloseDocument);
  const [opening, setOpening] = useState(false);
  const [closing, setClosing] = useState(false);
  const [openForm] = Form.useForm<{ cash: number }>();
  const [closeForm] = Form.useForm<{ counted: number; reason?: string }>();
  const shift = data?.currentShift ?? null;
  const expected = shift?.cashInDrawer.fen ?? 0;

  const doOpen = async () => {
    const { cash } = await openForm.validateFields();
    const ok = await submitMutation(
      async () => (await openShift({ variables: { input: { stationId, openingCashFen: Math.round(cash * 100) } } })).data?.shiftOpen,
      { form: openForm, fields: ["openingCashFen"], notify: message, success: "已开班" },
    );
    if (ok) {
      setOpening(false);
      await refetch();
    }
  };
  const doClose = async () => {
    if (!shift) return;
    const { counted, reason } = await closeForm.validateFields();
    let result: { expectedCash?: { fen: number } | null; overShort?: { fen: number } | null } | undefined;
    const ok = await submitMutation(
      async () => {
        const payload = (await closeShift({
          variables: { input: { shiftId: shift.id, countedCashFen: Math.round(counted * 100), reason: reason || null } },
        })).data?.shiftClose;
        result = payload?.shift ?? undefined;
        return payload;
      },
      { form: closeForm, fields: ["countedCashFen", "reason"], notify: message, success: "已交班" },
    );
    if (ok) {
      setClosing(false);
      modal.success({
        title: `第 ${shift.number} 班已交班`,
        content: `应有现金 ${formatYuan(result?.expectedCash?.fen ?? 0)}，长短款 ${formatYuan(result?.overShort?.fen ?? 0)}`,
      });
      await refetch();
    }
  };

  return (
    <Space size="middle" data-testid="shift-bar" style={{ fontSize: 16 }}>
      {shift ? (
        <>
          <Tag color="green" style={{ fontSize: 16 }}>第 {shift.number} 班</Tag>
          <span>{shift.cashierName} · {formatTime(shift.openedAt).slice(5, 16)} 开班</span>
          {shift.tenderTotals.map((t) => (
            <span key={t.tender}>{TENDER_NAMES[t.tender] ?? t.tender} {t.count} 笔 {formatYuan(t.amount.fen)}</span>
          ))}
          <span>钱箱现金 <strong data-testid="cash-in-drawer">{formatYuan(shift.cashInDrawer.fen)}</strong></span>
          {can("TOP_UP_CARDS") && <CardTopUp stationId={stationId} />}
          <CashDrop shiftId={shift.id} />
          {can("MANAGE_SHIFTS") && can("VIEW_STAFF") && (
            <HandOver stationId={stationId} shift={shift} expectedFen={expected} onOpen={refetch}
              onDone={() => void refetch()} />
          )}
          <Button size="large" data-testid="shift-close" onClick={() => void refetch().then(() => { closeForm.resetFields(); setClosing(true); })}>交班</Button>
        </>
      ) : (
        <Button type="primary" size="large" data-testid="shift-open" onClick={() => { openForm.resetFields(); setOpening(true); }}>开班</Button>
      )}
      <Modal title="开班" open={opening} onOk={() => void doOpen()} onCancel={() => setOpening(false)} okText="开班">
        <Form form={openForm} layout="vertical" initialValues={{ cash: 0 }}>
          <Form.Item label="备用金（元）" name="cash" rules={[{ required: true, message: "请输入备用金" }]}>
            <InputNumber min={0} precision={2} style={{ width: "100%" }} data-testid="opening-cash" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title="交班" open={closing} onOk={() => void doClose()} onCancel={() => setClosing(false)} okText="确认交班">
        <p>应有现金：<strong data-testid="expected-cash">{formatYuan(expected)}</strong>（备用金 + 现金收款 - 现金退款 - 投款）</p>
        <Form form={closeForm} layout="vertical">
          <Form.Item label="清点现金（元）" name="counted" rules={[{ required: true, message: "请输入清点的现金" }]}>
            <InputNumber min={0} precision={2} style={{ width: "100%" }} data-testid="counted-cash" />
          </Form.Item>
          <Form.Item label="长短款原因" name="reason">
            <Input placeholder="现金与应有不符时必填" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
