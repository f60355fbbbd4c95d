/** The drag-and-drop type a palette item carries: the service id. */
export const SERVICE_MIME = 'application/x-pipeboard-service';
