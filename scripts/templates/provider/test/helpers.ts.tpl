import { type Harness as KitHarness, startHarness as startKitHarness } from "@payclients/testing";
import { type __Pascal__Client, create__Pascal__Client } from "../src/index";
import { type __Pascal__Emulator, create__Pascal__Emulator } from "../src/testing/index";

/** The kit's harness: emulator, client, frozen clock, recorded sleeps; `close()` fails on off-spec answers. */
export type Harness = KitHarness<__Pascal__Emulator, __Pascal__Client>;

/** Starts the emulator on a frozen clock and a client bound to it that records instead of sleeping. */
export function startHarness(clientSecret = "test-secret"): Promise<Harness> {
  return startKitHarness({
    emulator: (clock) => create__Pascal__Emulator({ clock }),
    client: (emulator, { clock, sleep }) =>
      create__Pascal__Client({ clientId: "test-client", clientSecret, baseUrl: emulator.url, clock, sleep }),
  });
}
