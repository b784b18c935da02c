// The terminal's size, kept current as it is resized.
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** The size the screen was first made for: what a stream that does not tell its size gets. */
const FALLBACK = { columns: 80, rows: 24 } as const;

export function useTerminalSize(): { readonly columns: number; readonly rows: number } {
  const { stdout } = useStdout();
  const [columns, setColumns] = useState(stdout.columns);
  const [rows, setRows] = useState(stdout.rows);
  useEffect(() => {
    const measure = (): void => {
      setColumns(stdout.columns);
      setRows(stdout.rows);
    };
    // A resize between the first render and this effect would otherwise go unseen.
    measure();
    stdout.on('resize', measure);
    return () => void stdout.off('resize', measure);
  }, [stdout]);
  return { columns: columns || FALLBACK.columns, rows: rows || FALLBACK.rows };
}
