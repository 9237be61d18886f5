import { swiss, syntaxHighlighter } from "@mdx-deck/themes";
import Provider from "./Provider";

export default {
  ...swiss,
  ...syntaxHighlighter,
  Provider
};
