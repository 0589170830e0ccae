import type { ApiError } from '../../../../shared/api/errors';
import type { RecordForm } from './record-form';
import { RecordAddForm, RecordEditor } from './RecordForm';
import { RecordList, type RecordListProps } from './RecordList';

type Row = { id: string; name: string };

/**
 * A settings list (people, channels, content pillars): its rows, edited in place, and the add
 * form below. Each list passes its collection store, its form definition and its wording.
 */
export function RecordSection<R extends Row, Draft>({
  collection,
  form,
  ...list
}: {
  collection: {
    rows: R[];
    status: 'idle' | 'loading' | 'ready' | 'error';
    loadError: ApiError | null;
    load(): Promise<void>;
  };
  form: RecordForm<R, Draft>;
} & Omit<RecordListProps<R>, 'rows' | 'status' | 'loadError' | 'onRetry' | 'renderEditor'>) {
  return (
    <>
      <RecordList<R>
        {...list}
        rows={collection.rows}
        status={collection.status}
        loadError={collection.loadError}
        onRetry={() => void collection.load()}
        renderEditor={(row, done) => <RecordEditor definition={form} row={row} done={done} />}
      />
      {!list.readOnly && <RecordAddForm definition={form} />}
    </>
  );
}
