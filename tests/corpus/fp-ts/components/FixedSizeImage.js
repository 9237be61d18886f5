import styled from "@emotion/styled";

export const FixedSizeImage = styled("img")({
  maxWidth: "100%",
  height: "auto",
});
