import { currentUser } from "@lab/api/auth/session";
import { SignOutButton } from "./sign-out-button";

export async function AccountMenu() {
  const user = await currentUser();
  if (!user) return <a href="/ingresar">Ingresar</a>;
  return (
    <span className="account-menu">
      <a href="/admin">{user.name}</a> <a href="/admin/cuenta">Mi cuenta</a> <SignOutButton />
    </span>
  );
}
