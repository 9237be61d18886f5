import { Component, type ReactNode } from 'react';

interface Props {
  slide: number;
  children: ReactNode;
}

/** Catches a throwing component so only its own slide shows an error card; navigation goes on. */
export class SlideErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="slide-error" role="alert" data-slide-error={this.props.slide}>
        <h2>Slide {this.props.slide} could not be shown</h2>
        <pre>{error.message}</pre>
      </div>
    );
  }
}
