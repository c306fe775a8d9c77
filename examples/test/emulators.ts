// The five providers' emulators started side by side, for the tests that need every provider at once.
import { type Clik2payEmulator, createClik2payEmulator } from "@payclients/clik2pay/testing";
import { createQoloEmulator, type QoloEmulator } from "@payclients/qolo/testing";
import { createScalapayEmulator, type ScalapayEmulator } from "@payclients/scalapay/testing";
import { createSqalaEmulator, type SqalaEmulator } from "@payclients/sqala/testing";
import { createVaiiPayEmulator, type VaiiPayEmulator } from "@payclients/vaiipay/testing";

/** Every provider's emulator, with their default options, and one `close` for all. */
export interface Emulators {
  scalapay: ScalapayEmulator;
  sqala: SqalaEmulator;
  clik2pay: Clik2payEmulator;
  qolo: QoloEmulator;
  vaiipay: VaiiPayEmulator;
  close(): Promise<void>;
}

/** Starts the five emulators on loopback ports. */
export async function startEmulators(): Promise<Emulators> {
  const [scalapay, sqala, clik2pay, qolo, vaiipay] = await Promise.all([
    createScalapayEmulator(),
    createSqalaEmulator(),
    createClik2payEmulator(),
    createQoloEmulator(),
    createVaiiPayEmulator(),
  ]);
  const all = [scalapay, sqala, clik2pay, qolo, vaiipay];
  return {
    scalapay,
    sqala,
    clik2pay,
    qolo,
    vaiipay,
    close: async () => {
      await Promise.all(all.map((emulator) => emulator.close()));
    },
  };
}
