package versions

// V22 is the 2.2 generation (2.2.0), from zeromq2-x's include/zmq.h and
// doc/zmq_setsockopt.txt, doc/zmq_getsockopt.txt: 2.1.11 plus
// ZMQ_RCVTIMEO and ZMQ_SNDTIMEO.
var V22 = Table{
	Name:  "2.2",
	First: V(2, 2, 0),
	// struct { void *content; unsigned char flags; unsigned char
	// vsm_size; unsigned char vsm_data[ZMQ_MAX_VSM_SIZE=30]; }:
	// 8 + 1 + 1 + 30 = 40 bytes, already a multiple of 8.
	MsgSize: 40,
	// zmq_poll's timeout is in microseconds.
	PollUnit: 1000,

	SocketTypes: map[string]Const{
		"PAIR":   {Num: 0, Type: Int},
		"PUB":    {Num: 1, Type: Int},
		"SUB":    {Num: 2, Type: Int},
		"REQ":    {Num: 3, Type: Int},
		"REP":    {Num: 4, Type: Int},
		"DEALER": {Num: 5, Type: Int},
		"ROUTER": {Num: 6, Type: Int},
		"PULL":   {Num: 7, Type: Int},
		"PUSH":   {Num: 8, Type: Int},
		"XPUB":   {Num: 9, Type: Int},
		"XSUB":   {Num: 10, Type: Int},
		// Old aliases, removed in 3.x.
		"XREQ":       {Num: 5, Type: Int},
		"XREP":       {Num: 6, Type: Int},
		"UPSTREAM":   {Num: 7, Type: Int},
		"DOWNSTREAM": {Num: 8, Type: Int},
	},

	SocketOptions: map[string]Const{
		"HWM":               {Num: 1, Type: Uint64},
		"SWAP":              {Num: 3, Type: Int64},
		"AFFINITY":          {Num: 4, Type: Uint64},
		"IDENTITY":          {Num: 5, Type: Bytes},
		"SUBSCRIBE":         {Num: 6, Type: Bytes},
		"UNSUBSCRIBE":       {Num: 7, Type: Bytes},
		"RATE":              {Num: 8, Type: Int64},
		"RECOVERY_IVL":      {Num: 9, Type: Int64},
		"MCAST_LOOP":        {Num: 10, Type: Int64},
		"SNDBUF":            {Num: 11, Type: Uint64},
		"RCVBUF":            {Num: 12, Type: Uint64},
		"RCVMORE":           {Num: 13, Type: Int64},
		"FD":                {Num: 14, Type: Fd},
		"EVENTS":            {Num: 15, Type: Uint32},
		"TYPE":              {Num: 16, Type: Int},
		"LINGER":            {Num: 17, Type: Int},
		"RECONNECT_IVL":     {Num: 18, Type: Int},
		"BACKLOG":           {Num: 19, Type: Int},
		"RECOVERY_IVL_MSEC": {Num: 20, Type: Int64},
		"RECONNECT_IVL_MAX": {Num: 21, Type: Int},
		"RCVTIMEO":          {Num: 27, Type: Int},
		"SNDTIMEO":          {Num: 28, Type: Int},
	},

	ContextOptions: map[string]Const{},

	Flags: map[string]Const{
		"NOBLOCK": {Num: 1, Type: Int},
		"SNDMORE": {Num: 2, Type: Int},
	},

	PollEvents: map[string]Const{
		"POLLIN":  {Num: 1, Type: Int},
		"POLLOUT": {Num: 2, Type: Int},
		"POLLERR": {Num: 4, Type: Int},
	},

	Devices: map[string]Const{
		"STREAMER":  {Num: 1, Type: Int},
		"FORWARDER": {Num: 2, Type: Int},
		"QUEUE":     {Num: 3, Type: Int},
	},

	MonitorEvents: map[string]Const{},

	Errors: map[string]Const{
		// Defined by zmq.h only where the platform lacks them.
		"ENOTSUP":         {Num: hausnumero + 1, Type: Int},
		"EPROTONOSUPPORT": {Num: hausnumero + 2, Type: Int},
		"ENOBUFS":         {Num: hausnumero + 3, Type: Int},
		"ENETDOWN":        {Num: hausnumero + 4, Type: Int},
		"EADDRINUSE":      {Num: hausnumero + 5, Type: Int},
		"EADDRNOTAVAIL":   {Num: hausnumero + 6, Type: Int},
		"ECONNREFUSED":    {Num: hausnumero + 7, Type: Int},
		"EINPROGRESS":     {Num: hausnumero + 8, Type: Int},
		"ENOTSOCK":        {Num: hausnumero + 9, Type: Int},
		// Native 0MQ errors.
		"EFSM":           {Num: hausnumero + 51, Type: Int},
		"ENOCOMPATPROTO": {Num: hausnumero + 52, Type: Int},
		"ETERM":          {Num: hausnumero + 53, Type: Int},
		"EMTHREAD":       {Num: hausnumero + 54, Type: Int},
	},

	Functions: map[string]Const{
		"zmq_version":       {Type: Int},
		"zmq_errno":         {Type: Int},
		"zmq_strerror":      {Type: Int},
		"zmq_msg_init":      {Type: Int},
		"zmq_msg_init_size": {Type: Int},
		"zmq_msg_init_data": {Type: Int},
		"zmq_msg_close":     {Type: Int},
		"zmq_msg_move":      {Type: Int},
		"zmq_msg_copy":      {Type: Int},
		"zmq_msg_data":      {Type: Int},
		"zmq_msg_size":      {Type: Int},
		"zmq_init":          {Type: Int},
		"zmq_term":          {Type: Int},
		"zmq_socket":        {Type: Int},
		"zmq_close":         {Type: Int},
		"zmq_setsockopt":    {Type: Int},
		"zmq_getsockopt":    {Type: Int},
		"zmq_bind":          {Type: Int},
		"zmq_connect":       {Type: Int},
		"zmq_send":          {Type: Int},
		"zmq_recv":          {Type: Int},
		"zmq_poll":          {Type: Int},
		"zmq_device":        {Type: Int},
		// Declared in zmq_utils.h.
		"zmq_stopwatch_start": {Type: Int},
		"zmq_stopwatch_stop":  {Type: Int},
		"zmq_sleep":           {Type: Int},
	},
}
