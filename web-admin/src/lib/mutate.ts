// Runs a mutation from a form: payload errors go onto the form's fields, others into a toast.
import type { FormInstance } from "antd";
import { mapPayloadErrors, topLevelMessage, type PayloadError } from "./errors";

export interface Notifier {
  success(text: string): void;
  error(text: string): void;
}

export async function submitMutation(
  run: () => Promise<{ errors: readonly PayloadError[] } | null | undefined>,
  options: { form?: FormInstance; fields?: readonly string[]; notify: Notifier; success: string },
): Promise<boolean> {
  try {
    const payload = await run();
    const errors = payload?.errors ?? [];
    if (errors.length === 0) {
      options.notify.success(options.success);
      return true;
    }
    const mapped = mapPayloadErrors(errors, options.form ? options.fields : []);
    options.form?.setFields(mapped.fields);
    mapped.general.forEach((text) => options.notify.error(text));
    return false;
  } catch (error) {
    options.notify.error(topLevelMessage(error));
    return false;
  }
}
