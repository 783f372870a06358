import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { LoginForm, ProFormText } from "@ant-design/pro-components";
import { useMutation } from "@apollo/client/react";
import { Alert } from "antd";
import { useState } from "react";
import { useNavigate, useSearchParams } from "react-router-dom";
import { LoginDocument } from "../../gql/graphql";
import { tokens } from "../../lib/apollo";
import { topLevelMessage } from "../../lib/errors";

export function LoginPage() {
  const [login] = useMutation(LoginDocument);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(
    params.get("expired") ? "登录已过期，请重新登录" : null,
  );

  const submit = async (values: { username: string; password: string }) => {
    setProblem(null);
    try {
      const { data } = await login({ variables: { input: values } });
      const result = data?.tokenCreate;
      if (!result || result.errors.length > 0 || !result.token || !result.refreshToken) {
        setProblem(result?.errors[0]?.message ?? "登录失败");
        return;
      }
      tokens.set({ token: result.token, refreshToken: result.refreshToken });
      const redirect = params.get("redirect");
      navigate(redirect && redirect.startsWith("/") && !redirect.startsWith("//") ? redirect : "/", {
        replace: true,
      });
    } catch (error) {
      setProblem(topLevelMessage(error));
    }
  };

  return (
    <div style={{ minHeight: "100vh", background: "#f5f5f5", paddingTop: 80 }}>
      <LoginForm
        title="Forecourt 油站平台"
        subTitle="加油站一体化管理：油机、收银、会员、营销与财务"
        onFinish={submit}
        submitter={{ searchConfig: { submitText: "登录" } }}
      >
        {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <ProFormText
          name="username"
          fieldProps={{ size: "large", prefix: <UserOutlined />, autoComplete: "username" }}
          placeholder="用户名"
          rules={[{ required: true, message: "请输入用户名" }]}
        />
        <ProFormText.Password
          name="password"
          fieldProps={{ size: "large", prefix: <LockOutlined />, autoComplete: "current-password" }}
          placeholder="密码"
          rules={[{ required: true, message: "请输入密码" }]}
        />
      </LoginForm>
    </div>
  );
}
