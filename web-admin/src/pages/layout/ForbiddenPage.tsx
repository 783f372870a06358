import { Button, Result } from "antd";
import { useNavigate } from "react-router-dom";

export function ForbiddenPage({ notFound = false }: { notFound?: boolean }) {
  const navigate = useNavigate();
  return (
    <Result
      status={notFound ? "404" : "403"}
      title={notFound ? "页面不存在" : "没有访问权限"}
      subTitle={notFound ? "您访问的页面不存在" : "您没有访问此页面的权限，如需开通请联系公司管理员"}
      extra={
        <Button type="primary" onClick={() => navigate("/")}>
          返回首页
        </Button>
      }
    />
  );
}
