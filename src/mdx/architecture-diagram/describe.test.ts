import { describe, expect, it } from 'vitest';
import { diagrams } from './diagrams.ts';
import { describeDiagram } from './describe.ts';

describe('describeDiagram', () => {
  it('reads the flow left to right and the roles with their spans', () => {
    const text = describeDiagram(diagrams.roles);
    expect(text).toContain('Source Layer: Files, SFTP, etc.; IoT; APIs; OLTP → Data Processing: Batch (ETL/ELT); Streaming →');
    expect(text).toContain('(2) Data Engineer, over Source Layer to Storage');
    expect(text).toContain('(2) BI Engineer, over Business');
  });

  it('says an open box is not named rather than reading a question mark', () => {
    expect(describeDiagram(diagrams.valeraOnPremise)).toContain('Storage: nothing named yet');
  });
});
