// Every test file leaves the temporary directory as it found it.
import { afterAll } from "vitest";
import { removeTemporaryDirectories } from "./helpers";

afterAll(removeTemporaryDirectories);
