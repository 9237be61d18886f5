export { Links, Me } from "./me";
