/**
 * The marking banner's state. A page that shows document content reports its markings with
 * `useMarking`; the layout shows a banner while any shown document is restricted.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';

interface MarkingStore {
  markings: string[];
  setMarkings: (markings: string[]) => void;
}

const MarkingContext = createContext<MarkingStore>({ markings: [], setMarkings: () => {} });

/** Holds the markings of what the current page shows. */
export function MarkingProvider({ children }: { children: ReactNode }) {
  const [markings, setMarkings] = useState<string[]>([]);
  const value = useMemo(() => ({ markings, setMarkings }), [markings]);
  return <MarkingContext.Provider value={value}>{children}</MarkingContext.Provider>;
}

/** Returns the distinct, non-empty markings, sorted (`['LIMITE']`). */
export function collectMarkings(values: readonly (string | null | undefined)[]): string[] {
  return [
    ...new Set(
      values
        .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
        .map((v) => v.trim().toUpperCase()),
    ),
  ].sort();
}

/** Declares the markings of the documents this page shows, for as long as it is mounted. */
export function useMarking(values: readonly (string | null | undefined)[]): void {
  const { setMarkings } = useContext(MarkingContext);
  const key = collectMarkings(values).join('|');
  useEffect(() => {
    setMarkings(key ? key.split('|') : []);
    return () => setMarkings([]);
  }, [key, setMarkings]);
}

/** Reads the current markings (for the layout's banner). */
export function useCurrentMarkings(): string[] {
  return useContext(MarkingContext).markings;
}
