/**
 * The marking banner's state. Every component that shows document content reports its markings
 * with `useMarking`; the layout shows a banner while any of them is restricted. Several components
 * may report at once (the library list and the upload preview): the banner shows their union.
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
} from 'react';

type Report = (owner: string, markings: string[]) => void;

// Two contexts: reporters only need `report`, which never changes, so a page that reports its
// markings is not re-rendered (with everything below it) when the set of markings changes.
const MarkingsContext = createContext<string[]>([]);
const ReportContext = createContext<Report>(() => {});

/** Holds the markings of what the current page shows, per reporting component. */
export function MarkingProvider({ children }: { children: ReactNode }) {
  const [byOwner, setByOwner] = useState<Record<string, string[]>>({});
  const report = useCallback((owner: string, markings: string[]) => {
    setByOwner((current) => {
      if (markings.length === 0) {
        if (!(owner in current)) return current;
        const { [owner]: _gone, ...rest } = current;
        return rest;
      }
      return { ...current, [owner]: markings };
    });
  }, []);
  const markings = useMemo(() => collectMarkings(Object.values(byOwner).flat()), [byOwner]);
  return (
    <ReportContext.Provider value={report}>
      <MarkingsContext.Provider value={markings}>{children}</MarkingsContext.Provider>
    </ReportContext.Provider>
  );
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

/** Declares the markings of the documents this component shows, for as long as it is mounted. */
export function useMarking(values: readonly (string | null | undefined)[]): void {
  const report = useContext(ReportContext);
  const owner = useId();
  const key = collectMarkings(values).join('|');
  useEffect(() => {
    report(owner, key ? key.split('|') : []);
    return () => report(owner, []);
  }, [key, owner, report]);
}

/** Reads the current markings (for the layout's banner). */
export function useCurrentMarkings(): string[] {
  return useContext(MarkingsContext);
}
