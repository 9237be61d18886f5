import type { CSSProperties, ReactNode } from 'react';

interface ImageProps {
  src: string;
  alt?: string;
  size?: 'cover' | 'contain' | string;
  width?: string | number;
  height?: string | number;
  style?: CSSProperties;
  /** Shown over the image (mdx-deck's `<Image>` took children). */
  children?: ReactNode;
}

/** A background-style image filling the slide (mdx-deck Image); `alt` makes it an accessible image. */
export function Image({ src, alt, size = 'cover', width = '100%', height = '100%', style, children }: ImageProps) {
  return (
    <div
      className="deck-image"
      role={alt ? 'img' : undefined}
      aria-label={alt}
      aria-hidden={alt || children ? undefined : true}
      style={{ backgroundImage: `url(${JSON.stringify(src)})`, backgroundSize: size, width, height, ...style }}
    >
      {children}
    </div>
  );
}
