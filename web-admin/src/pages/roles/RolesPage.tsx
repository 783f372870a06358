import { PageContainer, ProCard } from "@ant-design/pro-components";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Checkbox, Empty, Input, List, Popconfirm, Space, Tag, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import {
  PermissionsDocument,
  RoleCreateDocument,
  RoleDeleteDocument,
  RolesDocument,
  RoleUpdateDocument,
  type Permission,
} from "../../gql/graphql";
import { submitMutation } from "../../lib/mutate";

interface Draft {
  id: string | null;
  name: string;
  description: string;
  permissions: Permission[];
  isBuiltin: boolean;
}

export default function RolesPage() {
  const roles = useQuery(RolesDocument);
  const permissions = useQuery(PermissionsDocument);
  const { message } = App.useApp();
  const [create] = useMutation(RoleCreateDocument);
  const [update] = useMutation(RoleUpdateDocument);
  const [remove] = useMutation(RoleDeleteDocument);
  const [draft, setDraft] = useState<Draft | null>(null);

  const groups = useMemo(() => {
    const byGroup = new Map<string, { code: Permission; label: string }[]>();
    for (const p of permissions.data?.permissions ?? []) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p]);
    return [...byGroup.entries()];
  }, [permissions.data]);

  useEffect(() => {
    const first = roles.data?.roles[0];
    if (!draft && first) setDraft({ ...first, description: first.description ?? "" });
  }, [roles.data, draft]);

  const save = async () => {
    if (!draft) return;
    const input = { name: draft.name, description: draft.description, permissions: draft.permissions };
    const ok = await submitMutation(
      async () =>
        draft.id
          ? (await update({ variables: { input: { id: draft.id, ...input } } })).data?.roleUpdate
          : (await create({ variables: { input } })).data?.roleCreate,
      { notify: message, success: "角色已保存" },
    );
    if (ok) {
      const refreshed = await roles.refetch();
      const saved = refreshed.data?.roles.find((r) => r.name === draft.name);
      if (saved) setDraft({ ...saved, description: saved.description ?? "" });
    }
  };

  return (
    <PageContainer>
      <ProCard split="vertical" bordered loading={roles.loading && !roles.data}>
        <ProCard colSpan="280px" title="角色" extra={
          <Button type="link" onClick={() => setDraft({ id: null, name: "", description: "", permissions: [], isBuiltin: false })}>
            新建角色
          </Button>
        }>
          <List
            dataSource={roles.data?.roles ?? []}
            locale={{ emptyText: <Empty description="暂无角色" /> }}
            renderItem={(role) => (
              <List.Item
                style={{ cursor: "pointer", background: draft?.id === role.id ? "#fff2e8" : undefined, paddingInline: 8 }}
                onClick={() => setDraft({ ...role, description: role.description ?? "" })}
              >
                <Space>
                  {role.name}
                  {role.isBuiltin && <Tag>内置</Tag>}
                </Space>
              </List.Item>
            )}
          />
        </ProCard>
        <ProCard title={draft ? (draft.id ? `权限：${draft.name}` : "新建角色") : "权限"}>
          {draft && (
            <Space direction="vertical" style={{ width: "100%" }} size="large">
              {draft.isBuiltin && <Typography.Text type="secondary">内置角色不可修改，可新建自定义角色。</Typography.Text>}
              <Input addonBefore="角色名称" value={draft.name} disabled={draft.isBuiltin} maxLength={64}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
              <Input addonBefore="说明" value={draft.description} disabled={draft.isBuiltin} maxLength={200}
                onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
              {groups.map(([group, items]) => (
                <div key={group}>
                  <Typography.Title level={5}>{group}</Typography.Title>
                  <Checkbox.Group
                    disabled={draft.isBuiltin}
                    value={draft.permissions}
                    onChange={(values) => {
                      const others = draft.permissions.filter((p) => !items.some((i) => i.code === p));
                      setDraft({ ...draft, permissions: [...others, ...(values as Permission[])] });
                    }}
                    options={items.map((i) => ({ value: i.code, label: i.label }))}
                  />
                </div>
              ))}
              {!draft.isBuiltin && (
                <Space>
                  <Button type="primary" onClick={save} disabled={!draft.name.trim() || draft.permissions.length === 0}>
                    保存
                  </Button>
                  {draft.id && (
                    <Popconfirm
                      title="确定删除该角色？"
                      onConfirm={async () => {
                        const ok = await submitMutation(
                          async () => (await remove({ variables: { input: { id: draft.id! } } })).data?.roleDelete,
                          { notify: message, success: "角色已删除" },
                        );
                        if (ok) {
                          setDraft(null);
                          await roles.refetch();
                        }
                      }}
                    >
                      <Button danger>删除</Button>
                    </Popconfirm>
                  )}
                </Space>
              )}
            </Space>
          )}
        </ProCard>
      </ProCard>
    </PageContainer>
  );
}
