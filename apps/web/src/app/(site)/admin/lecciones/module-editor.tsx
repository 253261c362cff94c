"use client";

import { useRef, useState } from "react";
import { DisclosureButton } from "~/components/disclosure-button";
import { ModuleForm, type TModuleValues } from "./module-form";

// "Editar módulo" beside each module: the form opens below the button, and focus goes back to
// the button when it closes (after a save or on "Cerrar").

export function ModuleEditor({ slug, initial }: { slug: string; initial: TModuleValues }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <div className="admin-lesson-module__edit">
      <DisclosureButton
        buttonRef={button}
        expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {open ? "Cerrar la edición" : "Editar módulo"}
        <span className="visually-hidden">
          {" "}
          {open ? `del módulo ${initial.title}` : initial.title}
        </span>
      </DisclosureButton>
      {open ? <ModuleForm slug={slug} initial={initial} onSaved={close} /> : null}
    </div>
  );
}
