import { DeleteOutlined } from "@ant-design/icons";
import { useApolloClient } from "@apollo/client/react";
import { App, Button, Input, InputNumber, List, Space, Typography, type InputRef } from "antd";
import { useRef, useState } from "react";
import { PosGoodsLookupDocument, type PosGoodsLookupQuery } from "../../gql/graphql";
import { topLevelMessage } from "../../lib/errors";
import { formatYuan } from "../../lib/format";
import { addGoods, isBarcode, MAX_QUANTITY, setQuantity, type GoodsLine } from "./cart";

type Found = PosGoodsLookupQuery["goodsItems"]["edges"][number]["node"];

/** Goods of the checkout: a scanner types the barcode and Enter into the field (the item is added at once), or
 * part of a name is looked up and picked; each line's quantity can be changed. Each line shows the listed unit
 * price and the quote's problem with it (`goods.{i}`), the goods as a whole theirs (`goods`). */
export function GoodsPicker({ lines, problems, onChange }: {
  lines: GoodsLine[]; problems: ReadonlyMap<string, string[]>; onChange: (lines: GoodsLine[]) => void;
}) {
  const client = useApolloClient();
  const { message } = App.useApp();
  const [text, setText] = useState("");
  const [found, setFound] = useState<Found[]>([]);
  const [searching, setSearching] = useState(false);
  const field = useRef<InputRef>(null);

  const add = (item: Found) => {
    onChange(addGoods(lines, { goodsId: item.id, name: item.name, unit: item.unit, priceFen: item.price.fen }));
    setText("");
    setFound([]);
    field.current?.focus();
  };

  const lookUp = async () => {
    const search = text.trim();
    if (!search || searching) return;
    setSearching(true);
    try {
      const { data } = await client.query({ query: PosGoodsLookupDocument, variables: { search }, fetchPolicy: "network-only" });
      const items = data?.goodsItems.edges.map((e) => e.node) ?? [];
      const scanned = isBarcode(search) ? items.find((i) => i.barcode === search) : undefined;
      if (scanned) add(scanned);
      else if (items.length === 0) message.warning(isBarcode(search) ? `条码 ${search} 没有对应的在售商品` : "没有找到商品");
      else setFound(items);
    } catch (error) {
      message.error(topLevelMessage(error));
    } finally {
      setSearching(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Input.Search size="large" placeholder="扫描商品条码，或输入名称查找" value={text} loading={searching} ref={field}
        enterButton="添加" data-testid="goods-input" allowClear
        onChange={(e) => { setText(e.target.value); if (!e.target.value) setFound([]); }}
        onKeyDown={(e) => { if (e.key === "Enter" || e.key === "Escape") e.stopPropagation(); }}
        onSearch={() => void lookUp()} />
      {found.length > 0 && (
        <List size="small" bordered dataSource={found} renderItem={(item) => (
          <List.Item data-testid="goods-result" style={{ cursor: "pointer" }} onClick={() => add(item)}>
            <span>{item.name}</span>
            <span>{formatYuan(item.price.fen)}/{item.unit}</span>
          </List.Item>
        )} />
      )}
      {lines.length > 0 && (
        <List size="small" dataSource={lines} renderItem={(line, i) => (
          <List.Item data-testid="goods-line" actions={[
            <Button key="remove" type="text" danger icon={<DeleteOutlined />} aria-label="删除"
              onClick={() => onChange(setQuantity(lines, line.goodsId, 0))} />,
          ]}>
            <span style={{ flex: 1 }}>
              {line.name}
              {problems.get(`goods.${i}`)?.map((p) => (
                <Typography.Text key={p} type="danger" data-testid="quote-problem" style={{ display: "block" }}>{p}</Typography.Text>
              ))}
            </span>
            <InputNumber min={1} max={MAX_QUANTITY} precision={0} value={line.quantity} style={{ width: 80 }}
              data-testid="goods-quantity" onChange={(value) => { if (value !== null) onChange(setQuantity(lines, line.goodsId, value)); }}
              onKeyDown={(e) => { if (e.key === "Enter") e.stopPropagation(); }} />
            <span style={{ width: 40, textAlign: "center" }}>{line.unit}</span>
            <span style={{ marginLeft: 8, whiteSpace: "nowrap", color: "#8c8c8c" }}>单价 {formatYuan(line.priceFen)}</span>
          </List.Item>
        )} />
      )}
      {problems.get("goods")?.map((p) => <Typography.Text key={p} type="danger" data-testid="quote-problem">{p}</Typography.Text>)}
    </Space>
  );
}
