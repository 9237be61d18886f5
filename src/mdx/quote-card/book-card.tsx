import './quote-card.css';

interface BookCardProps {
  title: string;
  subtitle: string;
  author: string;
}

/** A book drawn as type on a cover shape (no cover image), with its tagline quoted beside it. */
export function BookCard({ title, subtitle, author }: BookCardProps) {
  return (
    <figure className="book">
      <div className="book-cover" aria-hidden="true">
        <span className="book-cover-title">{title}</span>
        <span className="book-cover-author">{author}</span>
      </div>
      <div className="book-text">
        <blockquote className="book-subtitle">{subtitle}</blockquote>
        <figcaption className="book-author">
          — {author}, <cite>{title}</cite>
        </figcaption>
      </div>
    </figure>
  );
}
